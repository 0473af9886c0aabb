"""A dialog asks for a vote; the result shows on the page."""
import streamlit as st

st.title("Vote")


@st.dialog("Cast your vote")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()


@st.dialog("Details", width="large")
def details():
    st.markdown("Votes are **anonymous**.")


if "vote" not in st.session_state:
    st.write("Vote for your favorite")
    if st.button("A"):
        vote("A")
    if st.button("B"):
        vote("B")
else:
    st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
if st.button("About voting"):
    details()


# A dialog kept open through reruns by session state (so its widgets work in every run).
@st.dialog("Edit your name")
def edit_name():
    new = st.text_input("Name", st.session_state.get("name", ""), key="name_field")
    if st.button("Save", key="save_name"):
        st.session_state.name = new
        st.session_state.editing = False
        st.rerun()


if st.button("Edit name", key="edit"):
    st.session_state.editing = True
if st.session_state.get("editing"):
    edit_name()
st.write("Name:", st.session_state.get("name", "(none)"))
