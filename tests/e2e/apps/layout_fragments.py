import streamlit as st

st.session_state.full = st.session_state.get("full", 0) + 1
st.write(f"Full runs: {st.session_state.full}")
st.button("Rerun everything")


@st.fragment
def counter():
    st.session_state.clicks = st.session_state.get("clicks", 0) + 1
    st.button("Fragment button")
    st.write(f"Fragment runs: {st.session_state.clicks}")


counter()


@st.fragment(run_every="1s")
def clock():
    st.session_state.ticks = st.session_state.get("ticks", 0) + 1
    st.write(f"Ticks: {st.session_state.ticks}")


if st.toggle("Clock"):
    clock()


@st.dialog("Confirm order")
def confirm():
    st.session_state.dialog_runs = st.session_state.get("dialog_runs", 0) + 1
    st.write(f"Dialog body runs: {st.session_state.dialog_runs}")
    reason = st.text_input("Reason")
    if st.button("Confirm"):
        st.session_state.confirmed = reason
        st.rerun()


if st.button("Open dialog"):
    confirm()
st.write(f"Confirmed: {st.session_state.get('confirmed', '-')}")
