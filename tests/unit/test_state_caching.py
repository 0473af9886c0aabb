"""st.cache_data / st.cache_resource: Streamlit's semantics and messages, through AppTest."""

from __future__ import annotations

import pytest
from appwasm.runtime.caching import storage
from appwasm.testing import AppTest

COUNTER = """
import streamlit as st
if "calls" not in st.session_state:
    st.session_state.calls = 0
"""


def test_cache_data_runs_once_across_reruns_and_returns_copies():
    at = AppTest.from_string(COUNTER + """
@st.cache_data
def load(n):
    st.session_state.calls += 1
    return {"rows": list(range(n))}

a = load(3)
a["rows"].append("mutated")
b = load(3)
st.text(f"{st.session_state.calls} {b['rows']} {a is b}")
""").run()
    assert at.text[0].value == "1 [0, 1, 2] False"
    at.run().run()
    assert at.text[0].value == "1 [0, 1, 2] False"


def test_cache_resource_returns_the_same_object():
    at = AppTest.from_string(COUNTER + """
@st.cache_resource
def model():
    st.session_state.calls += 1
    return {"weights": [1]}

m = model()
m["weights"].append(2)
st.text(f"{st.session_state.calls} {model()['weights']} {model() is m}")
""").run()
    assert at.text[0].value == "1 [1, 2] True"
    at.run()
    assert at.text[0].value == "1 [1, 2, 2] True"


def test_decorator_with_arguments_and_argument_hashing():
    at = AppTest.from_string(COUNTER + """
import dataclasses, datetime

@dataclasses.dataclass
class Point:
    x: int
    y: int

@st.cache_data(ttl=60, max_entries=10, show_spinner=False)
def f(a, _ignored, *, b=1):
    st.session_state.calls += 1
    return a

f(1, object(), b=2)
f(1, object(), b=2)          # _ignored is not hashed
f(1, None, b=3)              # another keyword value
f(Point(1, 2), None)
f(Point(1, 2), None)         # dataclasses hash by value
f([1, {"k": (2, 3)}], None)
f([1, {"k": (2, 3)}], None)
f(len, None)                 # functions hash by name
f(datetime.datetime(2024, 1, 1), None)
f(datetime.datetime(2024, 1, 1), None)
st.text(st.session_state.calls)
""").run()
    assert at.text[0].value == "6"


def test_pandas_and_numpy_arguments_hash_by_content():
    at = AppTest.from_string(COUNTER + """
import numpy as np
import pandas as pd

@st.cache_data
def total(df, arr):
    st.session_state.calls += 1
    return float(df["a"].sum() + arr.sum())

df = pd.DataFrame({"a": [1, 2, 3]})
st.text(total(df, np.arange(3)))
st.text(total(df.copy(), np.arange(3)))
st.text(total(pd.DataFrame({"a": [1, 2, 4]}), np.arange(3)))
st.text(st.session_state.calls)
""", default_timeout=60).run()
    assert [t.value for t in at.text] == ["9.0", "9.0", "10.0", "2"]


def test_unhashable_argument_error_names_it_and_suggests_an_underscore():
    at = AppTest.from_string("""
import threading
import streamlit as st

@st.cache_data
def use(lock, n):
    return n

use(threading.Lock(), 1)
""").run()
    exc = at.exception[0]
    assert exc.exc_type.endswith("UnhashableParamError")
    assert "Cannot hash argument 'lock' (of type `_thread.lock`) in 'use'." in exc.message
    assert "@st.cache_data\ndef use(_lock, ...):" in exc.message


def test_hash_funcs_by_type_and_by_name_and_their_errors():
    at = AppTest.from_string(COUNTER + """
class Conn:
    def __init__(self, url):
        self.url = url
        self.lock = __import__("threading").Lock()

@st.cache_data(hash_funcs={Conn: lambda c: c.url})
def by_type(c):
    st.session_state.calls += 1
    return c.url

@st.cache_resource(hash_funcs={"__main__.Conn": lambda c: c.url})
def by_name(c):
    st.session_state.calls += 1
    return c.url

by_type(Conn("a")); by_type(Conn("a")); by_type(Conn("b"))
by_name(Conn("a")); by_name(Conn("a"))
st.text(st.session_state.calls)

def broken(c):
    raise ValueError("boom")

@st.cache_data(hash_funcs={Conn: broken})
def fails(c):
    return 1

fails(Conn("a"))
""").run()
    assert at.text[0].value == "3"
    exc = at.exception[0]
    assert exc.exc_type.endswith("UserHashError")
    assert "boom" in exc.message and "`broken()`" in exc.message and "`@st.cache_data`" in exc.message


def test_ttl_in_seconds_timedelta_and_strings(monkeypatch: pytest.MonkeyPatch):
    now = [1000.0]
    monkeypatch.setattr(storage, "TTL_TIMER", lambda: now[0])
    at = AppTest.from_string(COUNTER + """
import datetime

@st.cache_data(ttl=10)
def a():
    st.session_state.calls += 1

@st.cache_resource(ttl=datetime.timedelta(minutes=1))
def b():
    st.session_state.calls += 100

@st.cache_data(ttl="1h")
def c():
    st.session_state.calls += 10000

a(); b(); c()
st.text(st.session_state.calls)
""").run()
    assert at.text[0].value == "10101"
    now[0] += 11
    assert at.run().text[0].value == "10102"
    now[0] += 60
    assert at.run().text[0].value == "10203"
    now[0] += 3600
    assert at.run().text[0].value == "20304"


def test_bad_ttl_string_is_streamlits_error():
    at = AppTest.from_string("""
import streamlit as st

@st.cache_data(ttl="soon")
def f():
    return 1
""").run()
    assert at.exception[0].exc_type.endswith("StreamlitBadTimeStringError")
    assert at.exception[0].message == (
        "Time string doesn't look right. It should be formatted as`'1d2h34m'` or `2 days`, for example. Got: soon")


def test_max_entries_drops_the_least_recently_used():
    at = AppTest.from_string(COUNTER + """
@st.cache_data(max_entries=2)
def sq(x):
    st.session_state.calls += 1
    return x * x

sq(1); sq(2); sq(1); sq(3)   # 2 is the least recently used: dropped
sq(1); sq(3)                 # hits
sq(2)                        # computed again
st.text(st.session_state.calls)
""").run()
    assert at.text[0].value == "4"


def test_clear_one_function_one_entry_or_everything():
    at = AppTest.from_string(COUNTER + """
@st.cache_data
def d(x):
    st.session_state.calls += 1

@st.cache_resource
def r(x):
    st.session_state.calls += 100

d(1); d(2); r(1)
action = st.session_state.get("action")
if action == "one":
    d.clear(1)
elif action == "func":
    d.clear()
elif action == "data":
    st.cache_data.clear()
elif action == "resource":
    st.cache_resource.clear()
st.session_state.action = None
d(1); d(2); r(1)
st.text(st.session_state.calls)
""").run()
    assert at.text[0].value == "102"
    at.session_state.action = "one"
    assert at.run().text[0].value == "103"
    at.session_state.action = "func"
    assert at.run().text[0].value == "105"
    at.session_state.action = "data"
    assert at.run().text[0].value == "107"
    at.session_state.action = "resource"
    assert at.run().text[0].value == "207"


def test_validate_discards_a_value_that_fails_it():
    at = AppTest.from_string(COUNTER + """
@st.cache_resource(validate=lambda conn: conn["open"])
def connect():
    st.session_state.calls += 1
    return {"open": True}

conn = connect()
if st.session_state.get("close"):
    conn["open"] = False
    st.session_state.close = False
st.text(st.session_state.calls)
""").run()
    assert at.text[0].value == "1"
    at.session_state.close = True
    assert at.run().text[0].value == "1"
    assert at.run().text[0].value == "2"


def test_cached_methods_bind_their_instance():
    at = AppTest.from_string(COUNTER + """
class Repo:
    def __init__(self, name):
        self.name = name

    @st.cache_data(hash_funcs={"__main__.Repo": lambda r: r.name})
    def rows(self, n):
        st.session_state.calls += 1
        return [self.name] * n

a, b = Repo("a"), Repo("b")
st.text(f"{a.rows(2)} {a.rows(2)} {b.rows(1)} {st.session_state.calls}")
a.rows.clear()
a.rows(2)
st.text(st.session_state.calls)
""").run()
    assert [t.value for t in at.text] == ["['a', 'a'] ['a', 'a'] ['b'] 2", "3"]


def test_unpicklable_return_value_is_explained():
    at = AppTest.from_string("""
import threading
import streamlit as st

@st.cache_data
def lock():
    return threading.Lock()

lock()
""").run()
    exc = at.exception[0]
    assert exc.exc_type.endswith("UnserializableReturnValueError")
    assert "Cannot serialize the return value (of type `_thread.lock`)" in " ".join(exc.message.split())
    assert "use `st.cache_resource`" in " ".join(exc.message.split())
