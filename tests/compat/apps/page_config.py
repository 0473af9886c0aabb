"""set_page_config, options, version checks and runtime.exists(), as real apps start."""
import streamlit as st
from streamlit import runtime

st.set_page_config(
    page_title="Config demo",
    page_icon="🧪",
    layout="centered",
    menu_items={"About": "A demo app"},
)
st.title("Config")
st.write("runtime exists:", runtime.exists())
st.write("theme base:", st.get_option("theme.base"))
st.write("show error details:", st.get_option("client.showErrorDetails"))
st.write("magic enabled:", st.get_option("runner.magicEnabled"))
old = st.get_option("client.toolbarMode")
st.set_option("client.toolbarMode", "minimal")
st.write("toolbar:", st.get_option("client.toolbarMode"))
st.set_option("client.toolbarMode", old)
st.write("version looks like x.y.z:", st.__version__.count(".") == 2)
try:
    st.set_option("server.port", 1234)
except Exception as exc:
    st.write(type(exc).__name__, str(exc))
try:
    st.set_page_config(page_title="again")
except Exception as exc:
    st.write("second config:", type(exc).__name__)
