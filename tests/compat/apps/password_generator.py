"""A password generator (seeded by the app, so the output is repeatable)."""
import random
import string

import streamlit as st

st.title("Password generator")
length = st.slider("Length", 8, 32, 12)
use_digits = st.toggle("Digits", value=True)
use_symbols = st.toggle("Symbols")
count = st.number_input("How many", 1, 5, 1)
alphabet = string.ascii_letters + (string.digits if use_digits else "") + (string.punctuation if use_symbols else "")
rng = random.Random(length * 7 + use_digits * 3 + use_symbols)
if st.button("Generate") or "passwords" not in st.session_state:
    st.session_state.passwords = ["".join(rng.choice(alphabet) for _ in range(length)) for _ in range(count)]
for pw in st.session_state.passwords:
    st.code(pw, language=None)
strength = "strong" if length >= 16 and use_symbols else "ok" if length >= 12 else "weak"
{"weak": st.error, "ok": st.warning, "strong": st.success}[strength](f"Strength: {strength}")
