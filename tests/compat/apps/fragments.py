"""Fragments: a counter that reruns alone, beside a full-app counter."""
import streamlit as st

st.title("Fragments")
st.session_state.setdefault("app_runs", 0)
st.session_state.setdefault("clicks", 0)
st.session_state.app_runs += 1


@st.fragment
def counter():
    st.subheader("Fragment")
    if st.button("Click me"):
        st.session_state.clicks += 1
    st.write("clicks:", st.session_state.clicks)
    if st.session_state.clicks >= 3 and st.button("Rerun the whole app"):
        st.rerun(scope="app")


@st.fragment()
def chooser(options):
    pick = st.radio("Flavor", options, key="flavor")
    st.write("picked", pick)


counter()
chooser(["vanilla", "chocolate"])
st.write("app runs:", st.session_state.app_runs)
