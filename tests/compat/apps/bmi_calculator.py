"""A BMI calculator with a form and validation."""
import streamlit as st

st.title("BMI")
with st.form("bmi"):
    unit = st.radio("Units", ["metric", "imperial"], horizontal=True)
    height = st.number_input("Height (cm or in)", min_value=0.0, value=170.0, step=1.0)
    weight = st.number_input("Weight (kg or lb)", min_value=0.0, value=65.0, step=0.5)
    submitted = st.form_submit_button("Compute")
if submitted:
    if height <= 0:
        st.error("Height must be positive")
    else:
        bmi = weight / (height / 100) ** 2 if unit == "metric" else 703 * weight / height**2
        label = "underweight" if bmi < 18.5 else "normal" if bmi < 25 else "overweight"
        st.write(f"BMI: {bmi:.1f} ({label})")
        st.progress(min(bmi / 40, 1.0))
else:
    st.caption("Fill in the form")
