"""Progress bars with ints, floats, markdown text and bad values."""
import streamlit as st

st.title("Progress")
st.progress(0)
st.progress(0.5, text="half **done**")
st.progress(100, text=":material/check: complete")
bar = st.progress(10)
bar.progress(0.75, text="updated")
for bad in (1.5, -1, "50", 101):
    try:
        st.progress(bad)
    except Exception as exc:
        st.write(type(exc).__name__, str(exc))
