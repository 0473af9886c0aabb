import wave

import streamlit as st

st.title("Media inputs")
picture = st.camera_input("Snap")
if picture is None:
    st.write("Photo: none")
else:
    jpeg = picture.getvalue()[:3] == b"\xff\xd8\xff"
    st.write(f"Photo: {picture.type} | jpeg {jpeg} | named {picture.name.startswith('camera-input-')}")

voice = st.audio_input("Voice")
if voice is None:
    st.write("Audio: none")
else:
    with wave.open(voice) as w:
        st.write(f"Audio: {voice.type} | named {voice.name.endswith('_audio.wav')} | "
                 f"sample width {w.getsampwidth()} | has frames {w.getnframes() > 0}")
