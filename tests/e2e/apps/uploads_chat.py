import struct
import zlib

import streamlit as st


def tiny_png() -> bytes:
    """A 2x2 red PNG, written by hand (no imaging library needed)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


st.title("Chat")
if "submits" not in st.session_state:
    st.session_state.submits = 0


def on_submit():
    st.session_state.submits += 1


with st.chat_message("assistant"):
    st.write("Hello, how can I help?")
with st.chat_message("user"):
    st.write("A question from the user")
st.chat_message("Zoe").write("No avatar given")
st.chat_message("bot", avatar="🦖").write("An emoji avatar")
st.chat_message("painter", avatar=tiny_png()).write("An image avatar")

prompt = st.chat_input("Ask me", key="ask", on_submit=on_submit, max_chars=50)
st.write(f"Returned: {prompt!r}")
st.write(f"Submits: {st.session_state.submits}")
side = st.sidebar.chat_input("Side chat")
st.sidebar.write(f"Side: {side!r}")
st.button("Rerun")
