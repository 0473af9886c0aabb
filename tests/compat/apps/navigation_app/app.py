"""st.navigation with st.Page: files and functions, sections, a shared sidebar."""
import streamlit as st


def overview():
    st.header("Overview")
    st.write("Welcome,", st.session_state.get("user", "guest"))
    st.page_link("reports.py", label="Open the report")


def profile():
    st.header("Profile")
    st.text_input("Your name", key="user")


pages = {
    "Main": [st.Page(overview, title="Overview", icon="🏠", default=True),
             st.Page(profile, title="Profile", url_path="me")],
    "Reports": [st.Page("reports.py", title="Monthly report", icon=":material/bar_chart:")],
}
page = st.navigation(pages)
st.set_page_config(page_title=f"Nav demo - {page.title}")
st.sidebar.caption(f"Page: {page.title}")
page.run()
