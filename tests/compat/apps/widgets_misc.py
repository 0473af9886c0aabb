"""Less common widgets and parameters: camera/audio input, color picker, toggle callback,
text_area limits, empty number inputs, collapsed labels, help texts."""
import streamlit as st

st.title("Misc widgets")
st.session_state.setdefault("toggles", 0)


def flipped():
    st.session_state.toggles += 1


photo = st.camera_input("Take a picture", help="Uses your camera")
voice = st.audio_input("Record a note")
color = st.color_picker("Accent", "#00aaff", help="Pick any color")
dark = st.toggle("Dark mode", on_change=flipped)
bio = st.text_area("Bio", max_chars=20, placeholder="Short bio", height=68)
age = st.number_input("Age", min_value=0, value=None, placeholder="unknown")
weight = st.number_input("Weight", value=None, step=0.5, label_visibility="collapsed")
name = st.text_input("Hidden label", label_visibility="hidden", key="hidden")
st.write(photo, voice, color, dark, bio, age, weight, name, st.session_state.toggles)
