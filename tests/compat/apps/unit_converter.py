"""Convert lengths, weights and temperatures."""
import streamlit as st

UNITS = {
    "Length": {"m": 1.0, "km": 1000.0, "mi": 1609.344, "ft": 0.3048},
    "Weight": {"kg": 1.0, "g": 0.001, "lb": 0.45359237},
}

st.title("Unit converter")
kind = st.radio("Quantity", ["Length", "Weight", "Temperature"], horizontal=True)
value = st.number_input("Value", value=1.0, step=0.5, format="%.2f")

if kind == "Temperature":
    direction = st.selectbox("Direction", ["Celsius to Fahrenheit", "Fahrenheit to Celsius"])
    if direction.startswith("Celsius"):
        result = value * 9 / 5 + 32
        st.write(f"{value:.2f} °C = **{result:.2f} °F**")
    else:
        result = (value - 32) * 5 / 9
        st.write(f"{value:.2f} °F = **{result:.2f} °C**")
else:
    units = list(UNITS[kind])
    col1, col2 = st.columns(2)
    src = col1.selectbox("From", units, key=f"from_{kind}")
    dst = col2.selectbox("To", units, index=1, key=f"to_{kind}")
    result = value * UNITS[kind][src] / UNITS[kind][dst]
    st.write(f"{value:g} {src} =", round(result, 4), dst)
