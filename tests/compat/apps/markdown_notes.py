"""A note editor with a live markdown preview in tabs."""
import streamlit as st

st.title("Notes")
st.session_state.setdefault("notes", {"Welcome": "# Hello\n\nEdit me."})
names = list(st.session_state.notes)
current = st.selectbox("Note", names, key="current")
edit, preview = st.tabs(["Edit", "Preview"])
with edit:
    text = st.text_area("Markdown", st.session_state.notes[current], key=f"text_{current}", height=200)
    st.session_state.notes[current] = text
    st.caption(f"{len(text)} characters")
with preview:
    st.markdown(text)
with st.expander("New note"):
    new_name = st.text_input("Title", key="new_name")
    if st.button("Create", disabled=not new_name):
        st.session_state.notes[new_name] = f"# {new_name}\n"
        st.rerun()
