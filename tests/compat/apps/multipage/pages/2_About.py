import streamlit as st

st.header("About")
st.markdown("A small multipage demo.")
if st.button("Back home"):
    st.switch_page("app.py")
