import streamlit as st

st.header("Monthly report")
month = st.select_slider("Month", options=["Jan", "Feb", "Mar", "Apr"], value="Feb")
st.write(f"Report for {month}")
st.page_link("reports.py", label="This page")
if st.button("Set page config late"):
    st.set_page_config(page_title="late")
