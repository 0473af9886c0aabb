"""How errors show: st.exception, caught errors, and an uncaught one at the end."""
import streamlit as st

st.title("Errors")


def parse_age(text):
    return int(text)


try:
    parse_age("forty")
except ValueError as exc:
    st.error(f"Could not parse: {exc}")
    st.exception(exc)

st.exception(RuntimeError("shown, not raised"))
st.warning("Careful", icon="⚠️")
mode = st.radio("Fail how?", ["none", "KeyError", "custom"])


class QuotaError(Exception):
    pass


if mode == "KeyError":
    {}["missing"]
elif mode == "custom":
    raise QuotaError("quota exceeded for user 'ada'")
st.write("end of app")
