import streamlit as st

st.header("Home page")
st.page_link("analysis.py", label="Go to analysis", icon="📈")
