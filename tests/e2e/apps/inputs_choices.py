import enum

import streamlit as st


class Size(enum.Enum):
    SMALL = "s"
    LARGE = "l"


st.title("Choices")
fruit = st.selectbox("Fruit", ["apple", "banana", "cherry", "plum"], index=None, placeholder="Pick a fruit",
                     help="Type to filter")
st.write(f"Fruit: {fruit}")
size = st.selectbox("Size", Size, format_func=lambda s: s.name.title())
st.write(f"Size: {size.name} {isinstance(size, Size)}")

colors = st.multiselect("Colors", ["red", "green", "blue", "yellow"], default=["green"], max_selections=2)
st.write(f"Colors: {', '.join(colors) or 'none'}")

level = st.select_slider("Level", options=["low", "medium", "high", "max"], value="medium")
span = st.select_slider("Span", options=list(range(10)), value=(2, 5), format_func=lambda n: f"n{n}")
st.write(f"Level: {level}; Span: {span[0]}-{span[1]}")

tags = st.pills("Tags", ["python", "wasm", "web"], selection_mode="multi", default=["wasm"])
mode = st.segmented_control("Mode", ["Day", "Night"], default="Day")
st.write(f"Tags: {'+'.join(tags) or 'none'}; Mode: {mode}")

stars = st.feedback("stars")
thumbs = st.feedback("thumbs")
st.write(f"Stars: {stars}; Thumbs: {thumbs}")

pick = st.radio("Plan", ["free", "pro"], index=None, captions=["no cost", "all features"], horizontal=True)
st.write(f"Plan: {pick}")
st.selectbox("Locked", ["a", "b"], disabled=True, label_visibility="collapsed")
