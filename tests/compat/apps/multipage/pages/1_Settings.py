import streamlit as st

st.header("Settings")
st.session_state.setdefault("unit", "metric")
choice = st.radio("Units", ["metric", "imperial"], index=["metric", "imperial"].index(st.session_state.unit))
if choice != st.session_state.unit:
    st.session_state.unit = choice
    st.toast("Saved")
st.write("Current:", st.session_state.unit)
