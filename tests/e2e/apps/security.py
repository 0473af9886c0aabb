import base64

import streamlit as st

PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")

st.title("Security")
st.link_button("Bad link", "javascript:document.title='pwned-link'")
st.link_button("Good link", "https://example.com/")
st.markdown("[md link](javascript:document.title='pwned-md') <b>tag escaped</b>")
st.markdown('<img src=x onerror="document.title=\'pwned-img\'"> allowed html', unsafe_allow_html=True)
st.html("<script>parent.document.title='pwned-html'</script><b>inside iframe</b>")
st.logo(PIXEL, link="https://example.com/home")  # st.logo itself refuses non-http(s) links
name = st.text_input("Name", "<script>document.title='pwned-input'</script>")
st.write(f"Hello {name}")
st.write("done")
