"""A survey in a form: nothing reruns until submit; answers are summarized after."""
import streamlit as st

st.title("Customer survey")
with st.form("survey", clear_on_submit=True, border=False):
    name = st.text_input("Name")
    rating = st.select_slider("Satisfaction", ["bad", "ok", "good", "great"], value="good")
    topics = st.multiselect("What did you use?", ["app", "website", "support"])
    recommend = st.checkbox("Would recommend")
    comments = st.text_area("Comments", max_chars=300)
    col1, col2 = st.columns(2)
    sent = col1.form_submit_button("Send", type="primary")
    skipped = col2.form_submit_button("Skip")
if sent:
    st.session_state.setdefault("answers", []).append(
        {"name": name or "anonymous", "rating": rating, "topics": topics, "recommend": recommend,
         "comments": comments})
    st.success("Thanks!")
elif skipped:
    st.info("Skipped")
st.write(f"{len(st.session_state.get('answers', []))} answers so far")
for answer in st.session_state.get("answers", []):
    st.json(answer, expanded=False)
