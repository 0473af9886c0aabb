"""Raw HTML: st.html, st.components.v1.html and iframe, markdown with allowed HTML."""
import streamlit as st
import streamlit.components.v1 as components

st.title("HTML")
st.html("<div class='card'><h3>Card</h3><p>Body</p></div>")
components.html("<button onclick=\"this.textContent='clicked'\">Click</button>", height=60)
components.iframe("https://example.com", height=200, scrolling=True)
st.markdown("<span style='color:red'>red</span>", unsafe_allow_html=True)
st.markdown("<span>escaped</span>")
st.caption("<i>caption html</i>", unsafe_allow_html=True)
