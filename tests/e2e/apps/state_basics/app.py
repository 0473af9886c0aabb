import streamlit as st

st.set_page_config(page_title="State basics", page_icon="🧪", layout="wide")

st.session_state.setdefault("runs", 0)
st.session_state.setdefault("computed", 0)
st.session_state.runs += 1


@st.cache_data
def expensive(n):
    st.session_state.computed += 1
    st.markdown("Computing...")
    return n * 2


st.markdown(f"Doubled: {expensive(21)}")
st.markdown(f"Runs: {st.session_state.runs}, computed: {st.session_state.computed}")
st.markdown(f"Secret user: {st.secrets.db.user}, key: {st.secrets['api_key']}")

params = st.query_params
if st.button("Next page number"):
    params["page"] = str(int(params.get("page", "0")) + 1)
st.markdown(f"Page number: {params.get('page', '0')}; tags: {', '.join(params.get_all('tag'))}")
st.markdown(f"Cookie: {st.context.cookies.get('flavor', 'none')}; "
            f"browser header: {'Mozilla' in st.context.headers.get('user-agent', '')}")
