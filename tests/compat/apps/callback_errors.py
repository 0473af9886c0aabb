"""Callbacks that fail, rerun or stop, and what the page shows."""
import streamlit as st

st.title("Callback edge cases")
st.session_state.setdefault("log", [])


def boom():
    raise ValueError("callback failed")


def rerun_in_callback():
    st.session_state.log.append("rerun requested")
    st.rerun()


def write_in_callback(text):
    st.write("written by the callback:", text)


def changed(**kwargs):
    st.session_state.log.append(f"changed {kwargs} -> {st.session_state.level}")


st.button("Explode", on_click=boom)
st.button("Rerun", on_click=rerun_in_callback)
st.button("Write", on_click=write_in_callback, args=("hi",))
st.select_slider("Level", ["low", "mid", "high"], key="level", on_change=changed, kwargs={"source": "slider"})
st.write(st.session_state.log)
