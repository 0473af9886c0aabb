import streamlit as st

st.title("Main page")
