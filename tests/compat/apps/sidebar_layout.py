"""A classic sidebar-controls layout: filters on the left, results on the right."""
import streamlit as st

st.set_page_config(page_title="Books", layout="wide", initial_sidebar_state="expanded")
BOOKS = [
    ("Dune", "sci-fi", 1965, 4.3), ("Emma", "classic", 1815, 4.0),
    ("Neuromancer", "sci-fi", 1984, 3.9), ("Persuasion", "classic", 1817, 4.1),
    ("Hyperion", "sci-fi", 1989, 4.2),
]
st.sidebar.title("Filters")
genres = st.sidebar.multiselect("Genre", ["sci-fi", "classic"], default=["sci-fi"])
years = st.sidebar.slider("Published", 1800, 2000, (1800, 2000), step=10)
with st.sidebar:
    min_rating = st.number_input("Min rating", 0.0, 5.0, 4.0, 0.1)
    sort = st.radio("Sort by", ["title", "year"], horizontal=True)
    st.sidebar.divider()
    st.button("Reset", on_click=lambda: st.session_state.clear())

found = [b for b in BOOKS if b[1] in genres and years[0] <= b[2] <= years[1] and b[3] >= min_rating]
found.sort(key=lambda b: b[0] if sort == "title" else b[2])
st.title(f"{len(found)} books")
for title, genre, year, rating in found:
    st.markdown(f"**{title}** ({year}) - {genre}, {rating}")
if not found:
    st.info("Nothing matches")
