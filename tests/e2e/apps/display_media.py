import io
import struct
import wave
import zlib

import streamlit as st


def png(width, height, rgb):
    raw = b"".join(b"\0" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def wav():
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\0\0" * 8000)
    return out.getvalue()


count = st.session_state.get("count", 0)
st.image(png(40, 20, (255, 0, 0)), caption="Red", width=80)
st.image([png(10, 10, (0, 0, 255)), '<svg width="10" height="10"><rect width="10" height="10" fill="green"/></svg>'],
         caption=["Blue", "Green SVG"])
st.audio(wav(), start_time=0)
st.video(b"\x00\x00\x00\x18ftypmp42", subtitles="WEBVTT\n\n00:00.000 --> 00:01.000\nHello")
st.logo(png(60, 20, (0, 128, 0)), link="https://example.com")
if st.button("Rerun"):
    st.session_state.count = count + 1
st.write(f"Runs: {st.session_state.get('count', 0)}")
