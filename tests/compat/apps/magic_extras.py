"""This module docstring is not shown by magic (magic.displayRootDocString is off)."""
import streamlit as st

x = 3
x, x * 2
f"{x=}"
st.session_state.setdefault("n", 0)
st.session_state.n
await_like = None
await_like
lambda: 1
[i * i for i in range(3)]
{"nested": {"deep": [1, {"deeper": True}]}}
x if x > 2 else -x
"multi\nline\nstring"
"""
# Triple-quoted
markdown
"""
