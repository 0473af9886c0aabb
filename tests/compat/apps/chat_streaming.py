"""An assistant that streams its answers and shows its work in a status box."""
import streamlit as st

st.title("Assistant")
st.session_state.setdefault("history", [])

FAQ = {"hours": "We are open 9 to 5.", "price": "Plans start at $10."}


def answer(question):
    topic = next((k for k in FAQ if k in question.lower()), None)
    text = FAQ.get(topic, "Sorry, I don't know that yet.")
    for word in text.split(" "):
        yield word + " "


for turn in st.session_state.history:
    with st.chat_message(turn["role"], avatar=turn.get("avatar")):
        st.write(turn["text"])

question = st.chat_input("Ask about hours or price")
if question:
    st.session_state.history.append({"role": "user", "text": question})
    with st.chat_message("user"):
        st.write(question)
    with st.chat_message("assistant", avatar=":material/support_agent:"):
        with st.status("Looking it up") as status:
            st.write("searching the FAQ")
            status.update(label="Found", state="complete")
        reply = st.write_stream(answer(question))
    st.session_state.history.append({"role": "assistant", "text": reply, "avatar": ":material/support_agent:"})
