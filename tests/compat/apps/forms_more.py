"""Several forms: no border, Enter does not submit, a disabled submit, a form in a column."""
import streamlit as st

st.title("Forms")
left, right = st.columns(2)
with left.form("search", border=False, enter_to_submit=False):
    query = st.text_input("Search")
    exact = st.checkbox("Exact match")
    go = st.form_submit_button("Search", icon=":material/search:")
with right:
    with st.form("rate"):
        stars = st.slider("Stars", 1, 5, 3)
        comment = st.text_area("Comment", max_chars=50)
        agree = st.toggle("Publish")
        sent = st.form_submit_button("Send", disabled=not agree, use_container_width=True)
        later = st.form_submit_button("Save for later", type="primary")
if go:
    st.write(f"Searching for {query!r} (exact={exact})")
if sent:
    st.success(f"Sent {stars} stars: {comment}")
if later:
    st.info("Saved")
st.write("state:", {k: st.session_state[k] for k in sorted(st.session_state) if not k.startswith("FormSubmitter")})
