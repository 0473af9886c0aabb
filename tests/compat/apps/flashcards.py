"""Flashcards: flip, next, previous; progress through the deck."""
import streamlit as st

CARDS = [("hola", "hello"), ("gato", "cat"), ("perro", "dog"), ("casa", "house")]
st.title("Spanish flashcards")
st.session_state.setdefault("index", 0)
st.session_state.setdefault("flipped", False)
st.session_state.setdefault("known", set())

front, back = CARDS[st.session_state.index]
st.progress((st.session_state.index + 1) / len(CARDS), text=f"Card {st.session_state.index + 1} of {len(CARDS)}")
with st.container(border=True):
    st.header(back if st.session_state.flipped else front)
prev_col, flip_col, next_col = st.columns(3)
if prev_col.button("Previous", disabled=st.session_state.index == 0):
    st.session_state.index -= 1
    st.session_state.flipped = False
    st.rerun()
if flip_col.button("Flip"):
    st.session_state.flipped = not st.session_state.flipped
    st.rerun()
if next_col.button("Next", disabled=st.session_state.index == len(CARDS) - 1):
    st.session_state.index += 1
    st.session_state.flipped = False
    st.rerun()
if st.checkbox("I know this one", value=front in st.session_state.known, key=f"known_{front}"):
    st.session_state.known.add(front)
else:
    st.session_state.known.discard(front)
st.caption(f"Known: {', '.join(sorted(st.session_state.known)) or 'none'}")
