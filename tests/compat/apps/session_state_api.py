"""The session_state API: item and attribute access, widgets bound by key, deletion, errors."""
import streamlit as st

st.title("Session state")
if "visits" not in st.session_state:
    st.session_state.visits = 0
st.session_state["visits"] += 1
st.session_state.setdefault("city", "Lima")  # a widget's initial value set through state

st.text_input("City", key="city")
st.slider("Level", 1, 5, key="level")
st.write("visits:", st.session_state.visits, "city:", st.session_state["city"], "level:", st.session_state.level)
st.write("keys:", sorted(st.session_state.keys()))
st.write("has temp:", "temp" in st.session_state, "len:", len(st.session_state))
if st.button("Set temp"):
    st.session_state.temp = {"a": [1, 2]}
if st.button("Delete temp") and "temp" in st.session_state:
    del st.session_state.temp
if st.button("Move level to 5"):
    st.session_state.level = 5  # too late: the slider exists in this run
try:
    st.session_state.missing
except AttributeError as exc:
    st.write("AttributeError:", str(exc))
try:
    st.session_state["missing"]
except KeyError as exc:
    st.write("KeyError:", str(exc))
st.write(st.session_state.get("temp"))
# Sorted: Streamlit's to_dict() order comes from a set (it varies with PYTHONHASHSEED).
st.write({k: v for k, v in sorted(st.session_state.to_dict().items()) if k != "visits"})
