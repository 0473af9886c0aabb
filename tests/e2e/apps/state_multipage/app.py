import streamlit as st

# Known only when the app runs: the build writes no page for it, 404.html serves it.
SETTINGS_PATH = "-".join(["settings"])


def settings():
    st.header("Settings page")
    if st.button("Back to analysis"):
        st.switch_page("analysis.py")


home = st.Page("home.py", title="Home", icon="🏠", default=True)
analysis = st.Page("analysis.py", title="Analysis", icon="📈")
pg = st.navigation({"Main": [home, analysis], "Admin": [st.Page(settings, title="Settings", url_path=SETTINGS_PATH)]})
st.sidebar.markdown("Shared sidebar")
pg.run()
