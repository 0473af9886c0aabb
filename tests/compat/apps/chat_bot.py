"""An echo bot with chat history, avatars and a reset button in the sidebar."""
import streamlit as st

st.title("Echo bot")

if "messages" not in st.session_state:
    st.session_state.messages = [{"role": "assistant", "content": "Hi! Say something."}]

with st.sidebar:
    if st.button("Clear chat"):
        st.session_state.messages = []
    st.caption(f"{len(st.session_state.messages)} messages")

for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

if prompt := st.chat_input("Your message", max_chars=200):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    reply = f"You said: *{prompt}* ({len(prompt.split())} words)"
    with st.chat_message("assistant", avatar="🤖"):
        st.markdown(reply)
    st.session_state.messages.append({"role": "assistant", "content": reply})
