"""A KPI dashboard with st.metric (no data stack needed)."""
import streamlit as st

st.title("KPIs")
period = st.radio("Period", ["week", "month"], horizontal=True)
data = {"week": (1200, 5.2, -3), "month": (5100, -1.5, 12)}[period]
a, b, c = st.columns(3)
a.metric("Visitors", f"{data[0]:,}", f"{data[1]}%")
b.metric("Bounce rate", "41%", f"{data[2]}%", delta_color="inverse", help="Lower is better")
c.metric("Errors", 0, 0, delta_color="off")
st.metric("Revenue", "$12k", "-$1k", label_visibility="collapsed")
st.metric("Plain", 3.5)
