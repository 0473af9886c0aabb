import streamlit as st

st.title("Plotting page")
st.page_link("app.py", label="Back to main")
