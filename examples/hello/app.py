import streamlit as st

st.title("Hello from appwasm")
st.write("This app runs **Python in your browser**: no server involved.")

name = st.text_input("Your name", "world")
st.write(f"Hello, {name}!")

n = st.slider("How many squares?", 1, 20, 5)
squares = [i * i for i in range(1, n + 1)]
st.write("Squares:", squares)

if "clicks" not in st.session_state:
    st.session_state.clicks = 0


def count():
    st.session_state.clicks += 1


st.button("Click me", on_click=count)
st.write("Clicks so far:", st.session_state.clicks)
