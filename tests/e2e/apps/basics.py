import streamlit as st

st.title("Basics")
st.markdown("Some **bold** text and a [link](https://example.com). <b>escaped</b>")
n = st.slider("Count", 0, 10, 3)
st.write(f"Dependent: {n * 10}")

if "clicks" not in st.session_state:
    st.session_state.clicks = 0


def bump(by):
    st.session_state.clicks += by


st.button("Add two", on_click=bump, args=(2,))
st.write(f"Clicks: {st.session_state.clicks}")
name = st.text_input("Name", "world")
st.write(f"Hello {name}")
agree = st.checkbox("Agree")
st.write(f"Agree: {agree}")
mode = st.radio("Mode", ["fast", "slow"], horizontal=True)
fruit = st.selectbox("Fruit", ["apple", "pear", "plum"])
qty = st.number_input("Quantity", 0, 100, 1)
st.write(f"Choice: {mode} {fruit} {qty}")
st.code("def f(x):\n    return x * 2", language="python")
st.caption("a caption")
