"""A project landing page: every text element the way a README-like app uses them."""
import streamlit as st

st.title("Acme Widgets", anchor="top")
st.caption("Release notes and docs, version 2.3")
st.header("What's new", divider="blue")
st.markdown(
    """
- **Faster** start-up
- *Smaller* downloads
- A new `--quiet` flag
"""
)
st.subheader("Install", divider=True)
st.code("pip install acme-widgets==2.3", language="bash")
st.code("import acme\nacme.run()", line_numbers=True)
st.text("Plain text keeps   its spacing.")
st.latex(r"e^{i\pi} + 1 = 0")
st.divider()
st.markdown("Colored :red[warning] and :blue-background[note] :sparkles:")
st.markdown("<b>bold via html</b>", unsafe_allow_html=True)
st.title("Help", help="Where to ask questions")
st.header("Contact", anchor=False)
st.subheader("Email: team@example.com")
st.html("<p style='color: gray'>Footer &copy; Acme</p>")
