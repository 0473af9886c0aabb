import streamlit as st

st.title("Rerun latency")
value = st.slider("Value", 0, 1000, 500)
st.write(f"Dependent: {value * 2}")
st.markdown("Some text that does not change between runs.")
st.checkbox("Unrelated")
