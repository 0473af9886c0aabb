import streamlit as st

# No pandas, no numpy: the site has neither, the table still shows.
st.dataframe({"city": ["Oslo", "Lima"], "temp": [3.5, 19.0]})
st.table([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}])
st.metric("Users", 1234, 56)
edited = st.data_editor([{"task": "write", "done": False}, {"task": "test", "done": False}], key="todo")
st.write(f"Done: {[row['task'] for row in edited if row['done']]}")
st.dataframe({f"col{i}": [i, i + 1] for i in range(60)}, key="wide")
st.dataframe({"name": ['a "quoted", name', "plain"], "n": [1, 2]}, key="quotes")
