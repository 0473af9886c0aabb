"""Every input widget with its defaults, and what each returns."""
import datetime

import streamlit as st

st.title("Widget gallery")
values = {}
values["checkbox"] = st.checkbox("I agree", help="Read the terms first")
values["toggle"] = st.toggle("Notifications", value=True)
values["radio"] = st.radio("Plan", ["Free", "Pro", "Team"], index=1, captions=["$0", "$10", "$50"],
                           horizontal=True)
values["selectbox"] = st.selectbox("Country", ["France", "Japan", "Peru"], index=None,
                                   placeholder="Pick a country")
values["multiselect"] = st.multiselect("Toppings", ["ham", "egg", "kale"], default=["egg"],
                                       max_selections=2)
values["slider"] = st.slider("Volume", 0, 11, 7)
values["range"] = st.slider("Price range", 0.0, 100.0, (20.0, 80.0))
values["select_slider"] = st.select_slider("Size", ["S", "M", "L", "XL"], value=("M", "L"))
values["text_input"] = st.text_input("Email", placeholder="you@example.com", max_chars=40)
values["password"] = st.text_input("Password", type="password")
values["text_area"] = st.text_area("Bio", "Hello", height=100)
values["number_input"] = st.number_input("Age", min_value=0, max_value=130, value=30)
values["float_input"] = st.number_input("Weight", value=None, placeholder="kg")
values["date_input"] = st.date_input("Birthday", datetime.date(1990, 5, 17))
values["date_range"] = st.date_input("Trip", (datetime.date(2024, 7, 1), datetime.date(2024, 7, 14)),
                                     format="DD.MM.YYYY")
values["time_input"] = st.time_input("Alarm", datetime.time(7, 30), step=300)
values["color_picker"] = st.color_picker("Theme color", "#FF4B4B")
values["feedback"] = st.feedback("thumbs")
values["stars"] = st.feedback("stars", key="stars")
values["pills"] = st.pills("Tags", ["news", "sport", "tech"], selection_mode="multi", default=["tech"])
values["segmented"] = st.segmented_control("View", ["List", "Grid"], default="List")
values["disabled"] = st.text_input("Locked", "fixed", disabled=True, label_visibility="collapsed")
for name, value in values.items():
    st.write(name, value)
