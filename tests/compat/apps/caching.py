"""cache_data and cache_resource: how often does the expensive function really run?"""
import streamlit as st

st.title("Caching")
st.session_state.setdefault("calls", {"square": 0, "resource": 0})


@st.cache_data(show_spinner=False)
def slow_square(n):
    st.session_state.calls["square"] += 1
    return n * n


@st.cache_resource
def connection(name):
    st.session_state.calls["resource"] += 1
    return {"name": name, "open": True}


@st.cache_data(max_entries=2, show_spinner="Computing...")
def words(text):
    return sorted(set(text.lower().split()))


n = st.number_input("n", 0, 100, 4)
st.write("n² =", slow_square(n))
conn = connection("db")
st.write("connection:", conn["name"], conn["open"])
st.write(words("the quick brown fox jumps over the lazy dog The End"))
st.json(st.session_state.calls)
if st.button("Clear data cache"):
    slow_square.clear()
    st.write("cleared")
if st.button("Clear all"):
    st.cache_data.clear()
    st.cache_resource.clear()
