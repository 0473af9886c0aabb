"""A login gate: password input, st.stop until logged in, a logout button."""
import hashlib

import streamlit as st

USERS = {"ada": hashlib.sha256(b"lovelace").hexdigest()}
st.session_state.setdefault("user", None)

if st.session_state.user is None:
    st.title("Sign in")
    with st.form("login"):
        user = st.text_input("User")
        password = st.text_input("Password", type="password")
        ok = st.form_submit_button("Sign in")
    if ok:
        if USERS.get(user) == hashlib.sha256(password.encode()).hexdigest():
            st.session_state.user = user
            st.rerun()
        st.error("Wrong user or password")
    st.stop()

st.title(f"Welcome, {st.session_state.user}")
st.sidebar.button("Log out", on_click=lambda: st.session_state.update(user=None))
st.write("Secret dashboard")
