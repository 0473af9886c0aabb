import datetime as dt

import streamlit as st

st.title("Text and time")
notes = st.text_area("Notes", "first", height=120, max_chars=40, placeholder="Write here", help="Ctrl+Enter applies")
st.write(f"Notes: {notes!r}")
secret = st.text_input("Secret", type="password", max_chars=8, placeholder="8 chars max")
st.write(f"Secret length: {len(secret)}")

day = st.date_input("Day", dt.date(2024, 3, 15), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31),
                    format="DD.MM.YYYY")
st.write(f"Day: {day.isoformat()}")
deadline = st.date_input("Deadline", None, format="MM/DD/YYYY")
st.write(f"Deadline: {deadline}")
trip = st.date_input("Trip", (dt.date(2024, 6, 1), dt.date(2024, 6, 3)))
st.write("Trip: " + " to ".join(d.isoformat() for d in trip))

alarm = st.time_input("Alarm", dt.time(7, 30), step=dt.timedelta(minutes=30))
st.write(f"Alarm: {alarm.strftime('%H:%M')}")
color = st.color_picker("Color", "#00f")
st.write(f"Color: {color}")

amount = st.number_input("Amount", min_value=0.0, max_value=10.0, value=None, step=0.5, placeholder="empty")
st.write(f"Amount: {amount}")
on = st.toggle("Power", help="Turns it on")
st.write(f"Power: {on}")
if st.button("Launch", type="primary", icon="🚀", use_container_width=True):
    st.write("Launched")
st.button("Quiet", type="tertiary", disabled=True)
