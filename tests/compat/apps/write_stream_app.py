"""st.write_stream of a generator, of a list, and its return value."""
import streamlit as st

st.title("Streaming")


def words():
    for word in "The quick brown fox jumps".split():
        yield word + " "


text = st.write_stream(words())
st.caption(f"streamed {len(text)} characters")
mixed = st.write_stream(["chunk one ", "chunk two", {"not": "text"}, " tail"])
st.write(type(mixed).__name__, len(mixed))
st.write("empty stream returns", repr(st.write_stream(iter([]))))
if st.button("Stream again"):
    st.write_stream(iter(["again", "!"]))
