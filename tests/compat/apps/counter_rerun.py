"""Counters with st.rerun: a button that increments and reruns, and a limit."""
import streamlit as st

st.title("Counter")
st.session_state.setdefault("count", 0)
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.write("count =", st.session_state.count)
if st.button("+1"):
    st.session_state.count += 1
    st.rerun()
if st.button("+5 then rerun"):
    st.session_state.count += 5
    if st.session_state.count > 8:
        st.session_state.count = 0
    st.rerun()
st.caption(f"script runs: {st.session_state.runs}")
