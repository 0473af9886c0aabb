"""More of the query params API: attribute access, from_dict, del, get_all on a missing key."""
import streamlit as st

st.title("Query params")
st.write("initial:", st.query_params.to_dict())
st.write("get_all(missing):", st.query_params.get_all("missing"))
if st.button("from_dict"):
    st.query_params.from_dict({"a": "1", "b": ["x", "y"]})
if st.button("attribute set"):
    st.query_params.mode = "dark"
if st.button("delete b") and "b" in st.query_params:
    del st.query_params["b"]
try:
    st.query_params.nothing
except AttributeError as exc:
    st.write("AttributeError:", str(exc))
st.write("now:", dict(st.query_params), "b all:", st.query_params.get_all("b"))
