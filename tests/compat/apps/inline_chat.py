"""Chat inputs inside containers and the sidebar (inline, not pinned to the bottom)."""
import streamlit as st

st.title("Support desk")
with st.sidebar:
    note = st.chat_input("Quick note", key="note")
    if note:
        st.session_state.setdefault("notes", []).append(note)
    for n in st.session_state.get("notes", []):
        st.caption(n)
left, right = st.columns(2)
with left:
    with st.container(border=True):
        question = st.chat_input("Ask the bot", key="ask")
        if question:
            with st.chat_message("human"):
                st.write(question)
            with st.chat_message("ai"):
                st.write(question[::-1])
with right:
    with st.chat_message("Agent Smith", avatar="🕶️"):
        st.write("Custom name and avatar")
    msg = st.chat_message("assistant")
    msg.write("written through the returned container")
