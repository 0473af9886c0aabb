"""st.stop: nothing after it runs until the input is there."""
import streamlit as st

st.title("Greeter")
name = st.text_input("Name")
if not name:
    st.warning("Please enter a name")
    st.stop()
    st.write("never shown")
st.success(f"Hello {name}!")
with st.sidebar:
    st.write("sidebar after stop")
if name == "stop":
    with st.expander("Stopping inside a container"):
        st.write("before")
        st.stop()
st.write("the end")
