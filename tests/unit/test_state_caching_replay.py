"""st.cache_data / st.cache_resource: what cached functions draw (replayed on hits), widgets in
them, the spinner, persist, the legacy st.cache, and where caches live."""

from __future__ import annotations

import pytest
from appwasm.testing import AppTest

from tests.unit.test_state_caching import COUNTER

def test_elements_drawn_by_a_cached_function_are_drawn_again_on_a_hit():
    at = AppTest.from_string(COUNTER + """
@st.cache_data
def report(x):
    st.session_state.calls += 1
    st.markdown(f"computed {x}")
    st.sidebar.markdown("side note")
    box = st.container()
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
    at = AppTest.from_string("""
import streamlit as st
outside = st.container()

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


def test_show_spinner_texts_follow_streamlit():
    at = AppTest.from_string("""
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
    shown = [m["node"]["text"] for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == "spinner"]
    assert shown == ["Running `plain()`.", "Running `with_args(...)`.", "Loading the model..."]


def test_show_spinner_uses_the_apps_st_spinner():
    at = AppTest.from_string("""
import streamlit as st

@st.cache_data
def slow():
    return 1

@st.cache_data(show_spinner=False)
def quiet():
    return 2

st.text(slow() + quiet())
""").run()
    spinners = [m["node"] for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == "spinner"]
    assert [(s["text"], s["cache"]) for s in spinners] == [("Running `slow()`.", True)]
    assert at.text[0].value == "3"


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


def test_replay_follows_the_container_active_at_each_call():
    at = AppTest.from_string(COUNTER + """
@st.cache_data
def draw():
    st.session_state.calls += 1
    left, right = st.columns(2)
    left.markdown("left")
    right.markdown("right")
    with st.expander("More"):
        st.markdown("hidden")

with st.sidebar:
    draw()
draw()
""").run()
    expected = ["left", "right", "hidden"]
    for _ in range(2):
        assert [m.value for m in at.sidebar.markdown] == expected
        assert [m.value for m in at.main.markdown] == expected
        assert len(at.columns) == 4 and len(at.expander) == 2 and not at.exception
        at.run()
    assert at.session_state.calls == 1
