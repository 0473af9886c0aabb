"""Paste text, get statistics: word frequencies, reading time, the longest words."""
import re
from collections import Counter

import streamlit as st

st.title("Text analyzer")
text = st.text_area("Text", "It was the best of times, it was the worst of times.", key="text")
ignore_case = st.checkbox("Ignore case", value=True)
top = st.slider("Top words", 1, 10, 3)
words = re.findall(r"[\w']+", text.lower() if ignore_case else text)
if not words:
    st.warning("No words found")
else:
    counts = Counter(words)
    st.write(f"{len(words)} words, {len(counts)} distinct, ~{max(1, round(len(words) / 200))} min read")
    st.json(dict(counts.most_common(top)))
    longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
    st.write("Longest:", longest)
    with st.expander("All words"):
        st.write(", ".join(sorted(counts)))
