"""A folder app whose logic lives in a helper module next to it."""
import streamlit as st
from helpers import RECIPES, scale

st.title("Recipe scaler")
name = st.selectbox("Recipe", sorted(RECIPES))
servings = st.number_input("Servings", 1, 12, RECIPES[name]["serves"])
for item, amount, unit in scale(RECIPES[name], servings):
    st.write(f"- {amount:g} {unit} {item}")
with open("notes.txt", encoding="utf-8") as f:
    st.caption(f.read().strip())
