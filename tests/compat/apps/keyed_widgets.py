"""Widgets whose parameters change: what happens to their values."""
import streamlit as st

st.title("Dynamic widgets")
size = st.radio("Size", ["small", "large"], key="size")
limit = 10 if size == "small" else 100

# Without a key the slider's identity includes its parameters: a new max is a new widget.
plain = st.slider("Unkeyed amount", 0, limit, 5)
# With a key, Streamlit still makes a new widget when parameters change (1.40).
keyed = st.slider("Keyed amount", 0, limit, 5, key="amount")
st.write("plain:", plain, "keyed:", keyed)

options = ["a", "b", "c"] if size == "small" else ["x", "y"]
pick = st.selectbox("Letter", options, key="letter")
st.write("letter:", pick)

st.text_input("Label changes" if size == "large" else "Label", key="note")
st.write("note:", st.session_state.note)
n = st.number_input("Rows", 1, 5, 2, key="rows")
for i in range(n):
    st.text_input(f"Row {i}", key=f"row_{i}")
st.write({k: st.session_state[k] for k in sorted(st.session_state) if k.startswith("row_")})
