"""Fragments that rerun themselves, fail, and read widgets outside them."""
import streamlit as st

st.title("Fragment scopes")
st.session_state.setdefault("frag_runs", 0)
outside = st.checkbox("Outside checkbox")


@st.fragment
def self_rerun():
    st.session_state.frag_runs += 1
    st.write("fragment runs:", st.session_state.frag_runs, "outside:", outside)
    if st.button("Rerun fragment only") and st.session_state.frag_runs < 5:
        st.rerun(scope="fragment")


@st.fragment
def failing():
    if st.toggle("Break it"):
        raise RuntimeError("fragment broke")
    st.write("fragment fine")


self_rerun()
failing()
st.write("after the fragments")
