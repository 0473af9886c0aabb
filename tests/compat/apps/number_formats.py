"""Number widgets with formats, float steps, and int/float inference."""
import streamlit as st

st.title("Numbers")
a = st.number_input("Integer", value=3)
b = st.number_input("Float", value=0.1, step=0.05, format="%.3f")
c = st.number_input("Min only", min_value=-5)
d = st.number_input("Percent", 0.0, 1.0, 0.25, 0.01, format="%.2f")
e = st.slider("Float slider", 0.0, 1.0, 0.5, 0.1)
f = st.slider("Int slider with step", 0, 100, 50, 25)
g = st.select_slider("Numbers", options=[1, 2, 4, 8, 16], value=4)
st.write(a, b, c, d, e, f, g)
st.write(type(a).__name__, type(b).__name__, type(c).__name__, type(e).__name__, type(g).__name__)
