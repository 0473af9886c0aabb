"""A product filter that keeps its state in the URL (st.query_params)."""
import streamlit as st

st.title("Catalogue")
CATEGORIES = ["all", "books", "games", "music"]

category = st.query_params.get("category", "all")
if category not in CATEGORIES:
    st.warning(f"Unknown category {category!r}, showing all")
    category = "all"

choice = st.selectbox("Category", CATEGORIES, index=CATEGORIES.index(category))
if choice != category:
    st.query_params["category"] = choice
st.write("Query params:", st.query_params.to_dict())

if st.button("Add page=2"):
    st.query_params.update(page="2")
if st.button("Tags"):
    st.query_params["tag"] = ["new", "sale"]
    st.write("tags:", st.query_params.get_all("tag"))
if st.button("Reset"):
    st.query_params.clear()
st.write("page" in st.query_params, len(st.query_params))
