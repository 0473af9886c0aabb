"""Multipage apps: st.navigation/st.Page (v2), the pages/ folder convention (v1), and the
page URL (the page shown follows the path below the site root, e.g. /<base>/analysis)."""
