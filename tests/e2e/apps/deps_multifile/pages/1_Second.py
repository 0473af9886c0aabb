import streamlit as st

st.write("second page")
