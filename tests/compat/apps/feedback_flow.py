"""A feedback flow with st.spinner, toasts, st.status states and st.feedback."""
import time

import streamlit as st

st.title("Feedback")
with st.spinner("Loading survey..."):
    time.sleep(0.01)
rating = st.feedback("faces", key="faces")
thumbs = st.feedback("thumbs")
tags = st.pills("What was good?", ["speed", "price", "support"], selection_mode="multi", key="tags")
if rating is not None:
    st.toast(f"Rated {rating + 1}/5")
    with st.status("Sending feedback", state="running", expanded=False) as status:
        st.write("sent", rating, thumbs, tags)
        status.update(label="Sent", state="complete" if rating >= 2 else "error")
st.write("rating:", rating, "thumbs:", thumbs, "tags:", tags)
