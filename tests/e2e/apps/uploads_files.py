import hashlib

import streamlit as st

st.title("Uploads")

single = st.file_uploader("Data file", type=["csv", "TXT"], key="single")
if single is None:
    st.write("Single: none")
else:
    data = single.read()
    st.write(f"Single: {single.name} | {single.type} | {single.size} | sha {hashlib.sha256(data).hexdigest()[:16]}")

many = st.file_uploader("Many files", accept_multiple_files=True)
st.write("Many: " + (", ".join(f"{f.name}={len(f.getvalue())}" for f in many) or "none"))

if "downloads" not in st.session_state:
    st.session_state.downloads = 0


def counted():
    st.session_state.downloads += 1


clicked = st.download_button("Download report", "name,value\nalpha,1\n", file_name="report.csv", mime="text/csv",
                             on_click=counted)
st.write(f"Downloads: {st.session_state.downloads}, clicked: {clicked}")
st.download_button("Download bytes", bytes(range(256)), icon="📦")
st.link_button("Open docs", "https://docs.streamlit.io/", type="primary")
st.link_button("Disabled link", "https://example.com/", disabled=True)
