"""Sliders over dates, datetimes and times; select sliders over ranges."""
import datetime as dt

import streamlit as st

st.title("Time sliders")
day = st.slider("Day", dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 15))
span = st.slider("Span", dt.date(2024, 1, 1), dt.date(2024, 1, 31), (dt.date(2024, 1, 5), dt.date(2024, 1, 10)),
                 step=dt.timedelta(days=1), format="MM/DD")
when = st.slider("When", value=dt.datetime(2024, 3, 1, 12, 0), min_value=dt.datetime(2024, 3, 1),
                 max_value=dt.datetime(2024, 3, 2), step=dt.timedelta(hours=1))
hour = st.slider("Hour", value=dt.time(9, 30), min_value=dt.time(6, 0), max_value=dt.time(18, 0),
                 step=dt.timedelta(minutes=15))
percent = st.select_slider("Percent", options=range(0, 101, 10), value=(20, 60))
st.write(day, span, when, hour, percent)
st.write((span[1] - span[0]).days, "days")
