"""A three-question quiz with a score kept in session state."""
import streamlit as st

QUESTIONS = [
    ("What is the capital of France?", ["Berlin", "Paris", "Rome"], "Paris"),
    ("2 + 2 * 2 = ?", ["8", "6", "4"], "6"),
    ("Which is a prime?", ["21", "27", "29"], "29"),
]

st.title("Quiz")
st.session_state.setdefault("submitted", False)

answers = []
for number, (question, options, _) in enumerate(QUESTIONS, 1):
    answers.append(st.radio(f"{number}. {question}", options, index=None, key=f"q{number}"))

if st.button("Submit", type="primary", disabled=None in answers):
    st.session_state.submitted = True

if st.session_state.submitted:
    score = sum(a == q[2] for a, q in zip(answers, QUESTIONS))
    st.progress(score / len(QUESTIONS), text=f"Score: {score}/{len(QUESTIONS)}")
    if score == len(QUESTIONS):
        st.success("Perfect!")
        st.balloons()
    else:
        st.error(f"{len(QUESTIONS) - score} wrong", icon="🚨")
        for (question, _, right), given in zip(QUESTIONS, answers):
            if given != right:
                st.write(f"- {question} → **{right}** (you said {given})")
    if st.button("Try again"):
        for key in ["q1", "q2", "q3"]:
            del st.session_state[key]
        st.session_state.submitted = False
        st.rerun()
else:
    st.info("Answer every question, then submit.")
