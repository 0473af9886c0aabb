"""cache_data with arguments, unhashable arguments, an underscore argument and hash_funcs."""
import streamlit as st

st.title("Cache arguments")
st.session_state.setdefault("runs", [])


class Settings:
    def __init__(self, scale):
        self.scale = scale


@st.cache_data
def scaled(values: tuple, _logger=None, factor=2):
    st.session_state.runs.append(("scaled", values, factor))
    return [v * factor for v in values]


@st.cache_data(hash_funcs={Settings: lambda s: s.scale})
def apply(settings, x):
    st.session_state.runs.append(("apply", settings.scale, x))
    return settings.scale * x


@st.cache_data(ttl=3600)
def fetch(query):
    st.session_state.runs.append(("fetch", query))
    return {"query": query, "rows": len(query)}


factor = st.selectbox("Factor", [2, 3])
st.write(scaled((1, 2, 3), _logger=object(), factor=factor))
st.write(apply(Settings(10), 4), apply(Settings(10), 4))
st.write(fetch("select 1"))
returned = fetch("select 1")
returned["rows"] = 99  # cache_data returns a copy: the next call is not affected
st.write(fetch("select 1"))
st.write("runs:", st.session_state.runs)
