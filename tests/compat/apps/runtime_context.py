"""What apps read about their runtime: script run context, user info, context headers."""
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

st.title("Runtime")
ctx = get_script_run_ctx()
st.write("has context:", ctx is not None)
st.write("session id is a string:", isinstance(ctx.session_id, str) if ctx else None)
st.write("user email:", st.experimental_user.get("email") if hasattr(st.experimental_user, "get") else None)
st.write("headers is a mapping:", hasattr(st.context.headers, "get"))
st.write("cookies is a mapping:", hasattr(st.context.cookies, "get"))
