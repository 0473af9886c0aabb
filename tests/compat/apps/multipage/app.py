"""Main page of a pages/ multipage app; the settings live in session state."""
import streamlit as st

st.title("Dashboard")
st.session_state.setdefault("unit", "metric")
st.write("Units:", st.session_state.unit)
st.page_link("pages/1_Settings.py", label="Change settings", icon="⚙️")
st.page_link("https://docs.streamlit.io", label="Docs")
