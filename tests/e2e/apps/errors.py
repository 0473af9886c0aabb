import streamlit as st

st.title("Errors")
level = st.slider("Level", 0, 10, 2)
st.write(f"Level is {level}")


def check(value):
    if value >= 5:
        raise ValueError(f"level {value} is too high")


check(level)
st.write("All good")
