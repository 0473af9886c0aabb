import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")
st.button("Refresh")

with st.form("order"):
    name = st.text_input("Name")
    qty = st.number_input("Quantity", 0, 10, 1)
    sent = st.form_submit_button("Order", type="primary")
st.write(f"Ordered: {name} x {qty} ({sent})")

with st.form("note", clear_on_submit=True):
    note = st.text_input("Note")
    urgent = st.checkbox("Urgent")
    if st.form_submit_button("Add note"):
        st.session_state.setdefault("notes", []).append(f"{note}{'!' if urgent else ''}")
st.write(f"Notes: {', '.join(st.session_state.get('notes', []))}")

with st.form("broken"):
    st.text_input("No way to send this")
