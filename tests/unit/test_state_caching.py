"""st.cache_data / st.cache_resource: Streamlit's semantics and messages, through AppTest."""

from __future__ import annotations

import pytest
from appwasm.delta_generator import DeltaGenerator
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


# st.container belongs to the layout family; the replay only needs some block, made here
# the way st.container makes one.
CONTAINER = """
from appwasm.delta_generator import active_dg

def container():
    return active_dg()._enqueue_block({"type": "vertical", "border": False, "height": None, "key": None})
"""


def test_elements_drawn_by_a_cached_function_are_drawn_again_on_a_hit():
    at = AppTest.from_string(COUNTER + CONTAINER + """
@st.cache_data
def report(x):
    st.session_state.calls += 1
    st.markdown(f"computed {x}")
    st.sidebar.markdown("side note")
    box = container()
    box.markdown("inside")
    slot = st.empty()
    slot.markdown("replaced later")
    slot.markdown("final")
    return x

st.markdown("before")
report(1)
st.markdown("after")
""").run()
    first = [m.value for m in at.main.markdown]
    assert first == ["before", "computed 1", "inside", "final", "after"]
    assert [m.value for m in at.sidebar.markdown] == ["side note"]
    at.run()
    assert [m.value for m in at.main.markdown] == first
    assert [m.value for m in at.sidebar.markdown] == ["side note"]
    assert at.session_state.calls == 1


def test_writing_into_an_outside_container_cannot_be_replayed():
    at = AppTest.from_string("import streamlit as st\n" + CONTAINER + """
outside = container()

@st.cache_data
def draw():
    outside.markdown("x")

draw()
st.markdown("one")
""").run()
    assert at.markdown[0].value == "x" and not at.exception
    at.run()
    assert at.exception[0].exc_type.endswith("CacheReplayClosureError")
    assert "a streamlit element is called on some layout block" in at.exception[0].message


def test_a_widget_in_a_cached_function_shows_the_warning():
    at = AppTest.from_string("""
import streamlit as st

@st.cache_data
def pick():
    return st.checkbox("inside")

pick()
""").run()
    assert at.exception[0].exc_type.endswith("CachedWidgetWarning")
    assert "uses a widget command in a cached function" in at.exception[0].message


def test_show_spinner_uses_st_spinner_when_there_is_one(monkeypatch: pytest.MonkeyPatch):
    shown: list[str] = []

    class FakeSpinner:
        def __init__(self, text: str) -> None:
            shown.append(text)

        def __enter__(self) -> None:
            return None

        def __exit__(self, *exc: object) -> bool:
            return False

    monkeypatch.setattr(DeltaGenerator, "spinner", lambda dg, text: FakeSpinner(text), raising=False)
    AppTest.from_string("""
import streamlit as st

@st.cache_data
def plain():
    return 1

@st.cache_data
def with_args(x):
    return x

@st.cache_resource(show_spinner="Loading the model...")
def custom():
    return 2

@st.cache_data(show_spinner=False)
def silent():
    return 3

plain(); with_args(1); custom(); silent()
""").run()
    assert shown == ["Running `plain()`.", "Running `with_args(...)`.", "Loading the model..."]


def test_without_st_spinner_show_spinner_shows_nothing(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delattr(DeltaGenerator, "spinner", raising=False)  # another family adds it
    at = AppTest.from_string("""
import streamlit as st

@st.cache_data(show_spinner="text")
def f():
    return 1

st.text(f())
""").run()
    assert at.text[0].value == "1" and not at.exception


def test_persist_is_accepted_with_a_notice_and_validated(capsys: pytest.CaptureFixture[str]):
    at = AppTest.from_string("""
import streamlit as st

@st.cache_data(persist="disk")
def kept_in_memory():
    return 1

@st.cache_data(persist=True)
def also():
    return 2

st.text(kept_in_memory() + also())

@st.cache_data(persist="cloud")
def bad():
    return 3
""").run()
    assert at.text[0].value == "3"
    assert "Unsupported persist option 'cloud'. Valid values are 'disk' or None." == at.exception[0].message
    assert "lives in memory for this browser tab" in capsys.readouterr().err


def test_legacy_st_cache_warns_and_maps_to_the_new_decorators():
    at = AppTest.from_string(COUNTER + """
@st.cache
def data():
    st.session_state.calls += 1
    return [1]

@st.cache(allow_output_mutation=True)
def resource():
    return [1]

data().append(2)
r = resource()
st.text(f"{data()} {resource() is r} {st.session_state.calls}")
""").run()
    assert at.text[0].value == "[1] True 1"
    assert len(at.warning) == 2
    assert "`st.cache` is deprecated and will be removed soon." in at.warning[0].value


def test_experimental_allow_widgets_shows_the_deprecation():
    at = AppTest.from_string("""
import streamlit as st

@st.cache_resource(experimental_allow_widgets=True)
def f():
    return 1

f()
""").run()
    assert "The cached widget replay feature was removed in 1.38." in at.warning[0].value


def test_each_session_has_its_own_caches():
    script = COUNTER + """
@st.cache_resource
def shared():
    st.session_state.calls += 1
    return 1

shared()
st.text(st.session_state.calls)
"""
    assert AppTest.from_string(script).run().text[0].value == "1"
    assert AppTest.from_string(script).run().text[0].value == "1"


def test_editing_the_function_gives_it_a_new_cache(tmp_path):
    script = tmp_path / "app.py"
    source = COUNTER + """
@st.cache_data
def f():
    st.session_state.calls += 1
    return {version}

st.text(f"{{f()}} {{st.session_state.calls}}")
"""
    script.write_text(source.format(version=1))
    at = AppTest.from_file(str(script)).run()
    assert at.text[0].value == "1 1"
    script.write_text(source.format(version=22))
    assert at.run().text[0].value == "22 2"
