"""What the compatibility fixes change on the page (tests/e2e/test_compat_render.py)."""
import dataclasses

import streamlit as st


@dataclasses.dataclass
class Point:
    x: int


def again():
    st.rerun()


st.write(Point(1))
st.help(lambda: 1)
st.code("    indented\n")
st.button("Rerun from a callback", on_click=again)
with st.form("f"):
    st.button("Not allowed in a form")
