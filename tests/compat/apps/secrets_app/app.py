"""Reading secrets.toml: item, attribute and section access; a missing key."""
import streamlit as st

st.title("Secrets")
st.write("api key starts with:", st.secrets["api_key"][:4])
st.write("db user:", st.secrets.database.user)
st.write("db port:", st.secrets["database"]["port"])
st.write("has 'missing':", "missing" in st.secrets)
st.write("sections:", sorted(st.secrets.keys()))
try:
    st.secrets["missing"]
except KeyError as exc:
    st.write("KeyError:", str(exc))
try:
    st.secrets.missing
except AttributeError as exc:
    st.write("AttributeError:", str(exc))
