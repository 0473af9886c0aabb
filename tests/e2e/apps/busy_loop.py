import streamlit as st

if st.checkbox("Spin"):
    st.write("spinning")
    x = 0
    while True:  # draws nothing: only Pyodide's interrupt buffer can stop it
        x += 1
st.write("idle")
