"""Cached functions that draw elements: the elements come back on a cache hit."""
import streamlit as st

st.title("Cache replay")
st.session_state.setdefault("computed", 0)


@st.cache_data
def report(n):
    st.session_state.computed += 1
    st.subheader(f"Report {n}")
    st.write("lines:", list(range(n)))
    return n * 10


@st.cache_resource
def banner():
    st.info("resource banner")
    return "banner"


n = st.slider("n", 1, 4, 2)
st.write("result:", report(n))
st.write(banner())
st.caption(f"computed {st.session_state.computed} times")
