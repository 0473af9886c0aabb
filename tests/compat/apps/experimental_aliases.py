"""Deprecated names old apps still call: experimental_* query params, fragment, dialog."""
import streamlit as st

st.title("Old API")
params = st.experimental_get_query_params()
st.write("params:", params)
if st.button("Set params"):
    st.experimental_set_query_params(view="grid", ids=[1, 2])


@st.experimental_fragment
def frag():
    st.write("fragment body")


frag()


@st.experimental_dialog("Old dialog")
def dlg():
    st.write("dialog body")


if st.button("Open"):
    dlg()
