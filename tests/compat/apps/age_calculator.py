"""Dates and times: an age and countdown calculator."""
import datetime

import streamlit as st

TODAY = datetime.date(2024, 6, 1)  # fixed, so the page does not change with the clock
st.title("Age calculator")
born = st.date_input("Date of birth", datetime.date(1990, 1, 1), min_value=datetime.date(1900, 1, 1),
                     max_value=TODAY)
years = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
st.write(f"You are **{years}** years old")
st.write("Days alive:", (TODAY - born).days)
wake = st.time_input("Wake up at", datetime.time(7, 0))
sleep = datetime.datetime.combine(TODAY, wake) - datetime.timedelta(hours=8)
st.write("Go to bed at", sleep.time())
span = st.date_input("Holiday", (TODAY, TODAY + datetime.timedelta(days=7)))
if len(span) == 2:
    st.write("Holiday length:", (span[1] - span[0]).days, "days")
else:
    st.write("Pick an end date")
when = st.date_input("Optional date", value=None)
st.write("optional:", when)
