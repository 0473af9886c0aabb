"""Split a restaurant bill."""
import streamlit as st

st.title("Tip calculator")
bill = st.number_input("Bill", min_value=0.0, value=84.5, step=0.01, format="%.2f")
tip = st.slider("Tip %", 0, 30, 15, format="%d%%")
people = st.number_input("People", 1, 20, 2)
rounding = st.checkbox("Round up per person")
total = bill * (1 + tip / 100)
each = total / people
if rounding:
    each = float(int(each) + (each > int(each)))
st.write(f"Total: ${total:,.2f}")
st.write(f"Each pays: ${each:,.2f}")
st.caption(f"tip amount {bill * tip / 100:.2f}")
