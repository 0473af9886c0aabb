"""Guess the number (the secret is drawn once from a seeded generator)."""
import random

import streamlit as st

st.title("Guess the number")
if "secret" not in st.session_state:
    st.session_state.secret = random.Random(7).randint(1, 100)
    st.session_state.guesses = []

guess = st.number_input("Your guess", 1, 100, 50, key="guess")
if st.button("Guess"):
    st.session_state.guesses.append(guess)
    if guess < st.session_state.secret:
        st.warning(f"{guess} is too low")
    elif guess > st.session_state.secret:
        st.warning(f"{guess} is too high")
    else:
        st.success(f"Yes! {guess} in {len(st.session_state.guesses)} guesses")
        st.balloons()
st.write("Guesses:", ", ".join(map(str, st.session_state.guesses)) or "none yet")
if st.button("New game"):
    del st.session_state["secret"]
    st.rerun()
