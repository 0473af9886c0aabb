"""Numbers and small values the way apps print them."""
import decimal
import fractions

import streamlit as st

st.title("Numbers")
st.write(10**20, -3.5, 1e-9, 2.0, 1 / 3)
st.write(decimal.Decimal("12.50"), fractions.Fraction(3, 4), complex(1, -2))
st.write(True, False, None, 0)
st.write(float("inf"), float("-inf"))
st.write([1.5, None, True], {"pi": 3.14159, "big": 10**12})
st.write("price:", f"{1234567.891:,.2f}", "ratio:", f"{0.4567:.1%}")
st.write(bytearray(b"xy"), range(2, 5), memoryview(b"ab").tolist())
st.write(b"\x00\xff")
st.write({1, 2, 3}, frozenset(), ())
st.json([{"a": 1}, {"b": [1, 2]}])
st.json('{"already": "json"}')
st.json({"tuple": (1, 2), "set": {1}}, expanded=False)
