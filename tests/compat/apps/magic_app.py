"""Magic: bare expressions are written, docstrings and assignments are not."""
import streamlit as st

"# Magic demo"
"Some *markdown* from a bare string"

x = 41
x + 1
[1, 2, 3]
{"a": 1, "b": [True, None]}
(1, "two")
f"x is {x}"
3.5

def helper():
    """Docstrings of functions are not shown."""
    "nor are strings inside functions"
    return 7

helper()
if x > 40:
    "inside an if block"
for i in range(2):
    i
with st.expander("magic inside with"):
    "inside with"
None
x  # a trailing comment
