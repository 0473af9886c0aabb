"""Choice widgets with format_func, enums, dicts and non-string options."""
import enum

import streamlit as st


class Plan(enum.Enum):
    FREE = "free"
    PRO = "pro"
    TEAM = "team"


COUNTRIES = {"fr": "France", "jp": "Japan", "pe": "Peru"}
st.title("Formats")
plan = st.selectbox("Plan", list(Plan), format_func=lambda p: p.name.title())
code = st.radio("Country", COUNTRIES, format_func=COUNTRIES.get, horizontal=True)
sizes = st.multiselect("Sizes", [36, 38, 40, 42], default=[38], format_func=lambda n: f"EU {n}")
level = st.select_slider("Level", options=range(1, 6), value=3, format_func=lambda n: "★" * n)
pick = st.selectbox("Nothing yet", ["x", "y"], index=None, placeholder="choose...")
st.write(plan, code, sizes, level, pick)
st.write(type(plan).__name__, plan is Plan.PRO)
