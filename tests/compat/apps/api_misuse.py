"""Misuses of the API: Streamlit's messages, caught and shown; the last one uncaught."""
import streamlit as st
from streamlit.errors import StreamlitAPIException

st.title("API misuse")


def attempt(label, fn):
    try:
        fn()
    except StreamlitAPIException as exc:
        st.write(f"{label}: {type(exc).__name__}")
        st.code(str(exc))
    except Exception as exc:
        st.write(f"{label}: {type(exc).__name__}: {exc}")


attempt("slider min > max", lambda: st.slider("bad", 10, 0))
attempt("selectbox index out of range", lambda: st.selectbox("bad", ["a"], index=3))
attempt("number_input mixed types", lambda: st.number_input("bad", 0, 1.5))
attempt("columns zero", lambda: st.columns(0))
attempt("progress too big", lambda: st.progress(150))
attempt("tabs empty", lambda: st.tabs([]))
attempt("radio bad index", lambda: st.radio("bad", ["x", "y"], index=5))
attempt("multiselect bad default", lambda: st.multiselect("bad", ["a", "b"], default=["z"]))
attempt("text_input bad value", lambda: st.text_input("bad", value=12))
attempt("date_input bad", lambda: st.date_input("bad", value="not a date"))
attempt("bad format", lambda: st.number_input("bad", 0.0, 1.0, format="%.0f%%"))
st.text_input("Dup", key="dup")
attempt("duplicate key", lambda: st.text_input("Dup 2", key="dup"))
st.button("Same")
attempt("duplicate id", lambda: st.button("Same"))


def set_after():
    st.session_state.dup = "changed"


attempt("set widget state after creation", set_after)
with st.form("f"):
    st.text_input("in form")
    attempt("button in form", lambda: st.button("nope"))
    st.form_submit_button("Go")
attempt("submit outside form", lambda: st.form_submit_button("Orphan"))
st.slider("uncaught", 5, 1)
st.write("not reached")
