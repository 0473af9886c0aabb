"""The old single-file navigation pattern: a sidebar radio chooses the 'page'."""
import streamlit as st

page = st.sidebar.radio("Go to", ["Home", "Data entry", "About"], key="page")
st.sidebar.markdown("---")
st.sidebar.info("v1.0")

if page == "Home":
    st.title("Home")
    st.write("Pick a page in the sidebar.")
    st.button("Go to data entry", on_click=lambda: st.session_state.update(page="Data entry"))
elif page == "Data entry":
    st.title("Data entry")
    st.session_state.setdefault("entries", [])
    value = st.number_input("Value", value=0.0)
    if st.button("Save"):
        st.session_state.entries.append(value)
    st.write("entries:", st.session_state.entries)
    if st.session_state.entries:
        st.write("mean:", sum(st.session_state.entries) / len(st.session_state.entries))
else:
    st.title("About")
    st.markdown("Made by *us*.")
