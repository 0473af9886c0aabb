"""Session state presets for widgets, the default-conflict warning, clearing the state."""
import streamlit as st

st.title("State defaults")
if "color" not in st.session_state:
    st.session_state.color = "green"
st.session_state.setdefault("size", 3)
st.radio("Color", ["red", "green", "blue"], key="color")
st.slider("Size", 1, 5, value=2, key="size")  # a default and a state value: Streamlit warns
st.number_input("Count", key=7, value=1)
st.write(st.session_state.color, st.session_state.size, st.session_state["7"])
if st.button("Clear state"):
    st.session_state.clear()
    st.write("cleared", len(st.session_state))
