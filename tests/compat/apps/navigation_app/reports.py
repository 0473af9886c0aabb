import streamlit as st

st.header("Monthly report")
month = st.select_slider("Month", options=["Jan", "Feb", "Mar", "Apr"], value="Feb")
st.write(f"Report for {month}")
