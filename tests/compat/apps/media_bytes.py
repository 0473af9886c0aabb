"""Media generated in memory: a PNG image, a WAV tone and a tiny video, all from bytes."""
import io
import math
import struct
import wave
import zlib

import streamlit as st


def png(width, height, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def tone(freq, seconds=0.2, rate=8000):
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = (int(8000 * math.sin(2 * math.pi * freq * i / rate)) for i in range(int(seconds * rate)))
        w.writeframes(b"".join(struct.pack("<h", f) for f in frames))
    return buf.getvalue()


st.title("Media")
color = st.radio("Color", ["red", "green"], horizontal=True)
rgb = (255, 0, 0) if color == "red" else (0, 160, 0)
st.image(png(8, 8, rgb), caption=f"A {color} square", width=64)
st.image([png(4, 4, (0, 0, 255)), png(4, 4, (255, 255, 0))], caption=["blue", "yellow"])
freq = st.slider("Frequency (Hz)", 220, 880, 440, step=110)
st.audio(tone(freq), format="audio/wav", start_time=0)
st.audio(tone(freq), sample_rate=None, loop=True)
st.video(b"\x00\x00\x00\x18ftypmp42", format="video/mp4", start_time=1, autoplay=True, muted=True)
st.logo(png(2, 2, rgb))
