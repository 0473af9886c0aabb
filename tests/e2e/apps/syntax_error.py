import streamlit as st

st.write("never shown")
values = [1, 2
st.write(values)
