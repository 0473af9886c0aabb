"""Layout rules Streamlit enforces, caught and shown."""
import streamlit as st

st.title("Layout rules")


def attempt(label, fn):
    try:
        fn()
        st.write(f"{label}: ok")
    except Exception as exc:
        st.write(f"{label}: {type(exc).__name__}")
        st.caption(str(exc))


outer = st.columns(2)
with outer[0]:
    inner = st.columns(2)
    with inner[0]:
        attempt("columns two levels deep", lambda: st.columns(2))
with st.sidebar:
    side = st.columns(2)
    with side[0]:
        attempt("columns in sidebar columns", lambda: st.columns(2))
with st.expander("Outer"):
    attempt("expander in expander", lambda: st.expander("Inner"))
    attempt("status in expander", lambda: st.status("Inner status"))
with st.popover("Pop"):
    attempt("popover in popover", lambda: st.popover("Inner pop"))
attempt("columns with a bad spec", lambda: st.columns([1, -1]))
attempt("columns with a bad gap", lambda: st.columns(2, gap="huge"))
attempt("container with a bad height", lambda: st.container(height=-5))
attempt("tabs with non-strings", lambda: st.tabs(["a", 2]))
with st.form("outer"):
    attempt("form in form", lambda: st.form("inner"))
    st.form_submit_button()
attempt("duplicate form key", lambda: st.form("outer"))
