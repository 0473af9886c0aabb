"""st.write of many Python types, as apps print their data."""
import dataclasses
import datetime
import enum
import math
from collections import OrderedDict, namedtuple

import streamlit as st


@dataclasses.dataclass
class Point:
    x: int
    y: int


class Color(enum.Enum):
    RED = 1


Pair = namedtuple("Pair", "left right")


def greet(name: str) -> str:
    """Say hello to someone."""
    return f"hi {name}"


class Greeter:
    """Greets people politely."""

    def __init__(self, name="x"):
        self.name = name


st.write("plain string", "**markdown** string")
st.write(42, 3.14, True, None)
st.write([1, "two", 3.0], (4, 5), {6, 7} if False else {"set-like": 1})
st.write({"nested": {"list": [1, 2], "none": None}})
st.write(OrderedDict(a=1, b=2))
st.write(b"raw bytes")
st.write(datetime.date(2024, 1, 31), datetime.time(13, 45))
st.write(datetime.datetime(2024, 5, 17, 9, 30))
st.write(Point(1, 2))
st.write(Color.RED)
st.write(Pair(1, 2))
st.write(ValueError("bad value"))
st.write(greet)
st.write(Greeter)
st.write(math)
st.write(math.pi, float("nan"))
st.write("<b>html</b>", unsafe_allow_html=True)
st.write(range(3))
st.write(st.session_state)
st.write({"k": Point(3, 4)})
st.write("")
st.write()
st.write(Greeter("ada"))
