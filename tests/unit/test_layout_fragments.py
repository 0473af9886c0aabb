"""@st.fragment: fragment runs (only the fragment reruns, in its own container), run_every,
st.rerun(scope="fragment"), widget cleanup, errors in place, and AppTest's Streamlit parity
(Streamlit's AppTest reruns the whole script for every interaction)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from appwasm.alias import streamlit_alias
from appwasm.time_util import time_to_seconds
from appwasm.errors import StreamlitBadTimeStringError
from appwasm.protocol import PROTOCOL_VERSION
from appwasm.testing import AppTest

COUNTERS = """
import streamlit as st
st.session_state.full = st.session_state.get("full", 0) + 1
st.write(f"full {st.session_state.full}")
outside = st.slider("outside", 0, 10, 1)

@st.fragment
def panel(label):
    st.session_state.frag = st.session_state.get("frag", 0) + 1
    st.write(f"{label} {st.session_state.frag}")
    if st.button("rerun fragment"):
        st.rerun(scope="fragment")
    if st.checkbox("more"):
        st.text_input("extra", key="extra")
    return st.slider("inside", 0, 10, 5)

panel("frag")
st.write(f"end outside={outside}")
"""


def fragment_app(script: str = COUNTERS) -> AppTest:
    """An AppTest whose session runs fragments on their own, as the browser does."""
    at = AppTest.from_string(script)
    at._session.fragment_reruns = True
    return at.run()


def runs(at: AppTest) -> list[dict[str, Any]]:
    return [m for m in at.messages if m["type"] == "run_started"]


def test_a_fragment_widget_reruns_only_the_fragment():
    at = fragment_app()
    assert at.markdown.values == ["full 1", "frag 1", "end outside=1"]
    at.slider[1].set_value(8).run()
    assert at.session_state.full == 1  # the script body did not run again
    assert at.markdown.values == ["full 1", "frag 2", "end outside=1"]  # the rest of the tree stays
    assert at.slider[1].value == 8
    (started,) = runs(at)
    fragment_block = at.main[2]
    assert started["fragment_paths"] == [list(fragment_block.path)]
    assert all(m["path"][: len(fragment_block.path)] == list(fragment_block.path)
               for m in at.messages if m["type"] == "delta")
    # A widget outside the fragment reruns everything, fragments included.
    at.slider[0].set_value(3).run()
    assert at.markdown.values == ["full 2", "frag 3", "end outside=3"]
    assert "fragment_paths" not in runs(at)[0]


def test_rerun_scope_fragment_reruns_the_fragment_from_a_fragment_run():
    at = fragment_app()
    at.button[0].click().run()
    assert [("fragment_paths" in r) for r in runs(at)] == [True, True]
    assert at.session_state.full == 1 and at.session_state.frag == 3
    assert len(at.exception) == 0


def test_rerun_scope_fragment_in_a_full_run_is_an_error():
    # Streamlit's AppTest reruns the whole script, so the fragment's st.rerun(scope="fragment")
    # happens during a full run: Streamlit raises there too.
    at = AppTest.from_string(COUNTERS).run()
    at.button[0].click().run()
    assert at.exception[0].message == (
        'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
    )


def test_apptest_reruns_the_whole_script_for_fragment_widgets_like_streamlit():
    at = AppTest.from_string(COUNTERS).run()
    at.slider[1].set_value(2).run()
    assert at.markdown.values == ["full 2", "frag 2", "end outside=1"]
    assert at.slider[1].value == 2


def test_a_fragment_run_cleans_up_only_its_own_widgets():
    at = fragment_app()
    at.checkbox[0].check().run()
    at.text_input[0].input("kept?").run()
    assert at.session_state.extra == "kept?"
    at.checkbox[0].uncheck().run()  # a fragment run in which the text input is not created
    assert "extra" not in at.session_state
    assert at.slider[0].value == 1  # the outside widget was not created by that run, and stays
    assert at.session_state.full == 1


def test_widgets_may_not_be_written_outside_the_fragment():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "slot = st.empty()\n"
        "@st.fragment\n"
        "def f():\n"
        "    slot.write('elements outside are fine')\n"
        "    slot.button('but not widgets')\n"
        "f()\n"
        "st.write('not reached')\n"
    ).run()
    assert at.markdown.values == ["elements outside are fine"]
    assert at.exception[0].message == "Fragments cannot write widgets to outside containers."


def test_an_exception_in_a_fragment_is_shown_inside_it():
    script = (
        "import streamlit as st\n"
        "st.session_state.boom = st.session_state.get('boom', False)\n"
        "@st.fragment\n"
        "def f():\n"
        "    st.write('fragment')\n"
        "    if st.button('explode') or st.session_state.boom:\n"
        "        raise ValueError('bad')\n"
        "f()\n"
        "st.write('after')\n"
    )
    at = fragment_app(script)
    at.button[0].click().run()  # a fragment run: the error stays in the fragment
    fragment_block = at.main[0]
    assert fragment_block.exception[0].message == "bad"
    assert at.markdown.values == ["fragment", "after"]
    at.session_state.boom = True
    at.run()  # a full run: the error shows in the fragment and the script stops there, as in Streamlit
    assert at.main[0].exception[0].message == "bad"
    assert len(at.exception) == 1
    assert at.markdown.values == ["fragment"]


def test_fragments_are_keyed_by_function_and_place():
    script = (
        "import streamlit as st\n"
        "@st.fragment\n"
        "def f(name):\n"
        "    st.session_state[name] = st.session_state.get(name, 0) + 1\n"
        "    st.checkbox(name)\n"
        "f('a')\n"
        "f('b')\n"
    )
    at = fragment_app(script)
    at.checkbox[1].check().run()
    assert (at.session_state.a, at.session_state.b) == (1, 2)
    assert len(at._session.fragments._fragments) == 2


def test_a_full_run_forgets_fragments_it_did_not_declare():
    at = fragment_app(
        "import streamlit as st\n"
        "@st.fragment\n"
        "def f():\n    st.checkbox('c')\n"
        "if not st.session_state.get('hide'):\n    f()\n"
    )
    assert len(at._session.fragments._fragments) == 1
    at.session_state.hide = True
    at.run()
    assert len(at._session.fragments._fragments) == 0


def send(at: AppTest, message: dict[str, Any]) -> None:
    """Deliver a renderer message that AppTest has no verb for (a timer's, a bare rerun)."""
    at._sink.messages.clear()
    with streamlit_alias():
        at._session.handle_messages([dict(message, v=PROTOCOL_VERSION)])
    at._rebuild()


def test_run_every_asks_the_renderer_for_timed_fragment_runs():
    at = fragment_app(
        "import streamlit as st\n"
        "st.session_state.full = st.session_state.get('full', 0) + 1\n"
        "@st.fragment(run_every='2s')\n"
        "def clock():\n"
        "    st.session_state.ticks = st.session_state.get('ticks', 0) + 1\n"
        "    st.write(f\"tick {st.session_state.ticks}\")\n"
        "clock()\n"
    )
    (auto,) = [m for m in at.messages if m["type"] == "fragment_auto_rerun"]
    assert auto["interval_s"] == 2.0
    send(at, {"type": "fragment_rerun", "seq": 10, "fragment_id": auto["fragment_id"]})
    assert at.markdown.values == ["tick 2"] and at.session_state.full == 1
    # A timer whose fragment a full run has forgotten runs nothing.
    send(at, {"type": "fragment_rerun", "seq": 11, "fragment_id": "gone"})
    assert at.messages == []


def test_experimental_fragment_warns_and_works():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "@st.experimental_fragment\n"
        "def f():\n    st.write('inside')\n"
        "f()\n"
    ).run()
    assert at.warning[0].value == (
        "Please replace `st.experimental_fragment` with `st.fragment`.\n\n"
        "`st.experimental_fragment` will be removed after 2025-01-01."
    )
    assert at.markdown.values == ["inside"]


def test_fragment_decorator_forms_and_bare_calls():
    import appwasm as st

    calls = []

    @st.fragment
    def f() -> str:
        calls.append(1)
        return "x"

    @st.fragment(run_every=dt.timedelta(seconds=1))
    def g() -> str:
        return "y"

    # Outside a running app, as in Streamlit, a fragment does nothing and returns None.
    assert f() is None and g() is None and calls == []
    assert f.__name__ == "f"


def test_fragment_returns_its_value_in_a_run():
    at = AppTest.from_string(
        "import streamlit as st\n@st.fragment\ndef f():\n    return 42\nst.write(f'got {f()}')\n"
    ).run()
    assert at.markdown.values == ["got 42"]


class _OneInterrupt:
    """Reports a pending event once, after `after` deltas: a new event cut the run short."""

    def __init__(self, after: int) -> None:
        self.left = after

    def event_pending(self) -> bool:
        self.left -= 1
        return self.left == 0

    def stop_requested(self) -> bool:
        return False


def test_a_fragment_event_after_an_interrupted_full_run_runs_everything():
    at = fragment_app()
    at._session.interrupts = _OneInterrupt(after=2)
    send(at, {"type": "rerun", "seq": 20})
    assert [m["status"] for m in at.messages if m["type"] == "run_finished"] == ["rerun"]
    slider_id = at._session.session_state.widget_ids()[-1]
    send(at, {"type": "widget_events", "seq": 21, "events": [{"id": slider_id, "value": [9]}]})
    assert "fragment_paths" not in runs(at)[0]  # the unfinished full run is covered by a full run


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(3, 3.0), (0.5, 0.5), ("10s", 10.0), ("1d2h34m", 95640.0), ("2 days", 172800.0), ("1.5m", 90.0),
     ("500ms", 0.5), ("00:01:30", 90.0), (dt.timedelta(minutes=2), 120.0)],
)
def test_run_every_durations(value, seconds):
    assert time_to_seconds(value) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["soon", "10 parsecs", "", "5s later"])
def test_run_every_bad_strings(text):
    with pytest.raises(StreamlitBadTimeStringError, match="Time string doesn't look right"):
        time_to_seconds(text)


def test_what_a_fragment_wrote_outside_itself_goes_when_it_stops_writing_it():
    at = fragment_app(
        "import streamlit as st\n"
        "slot = st.empty()\n"
        "@st.dialog('Edit')\n"
        "def edit():\n    st.write('editing')\n"
        "@st.fragment\n"
        "def f():\n"
        "    if st.checkbox('show'):\n"
        "        slot.write('written from the fragment')\n"
        "        edit()\n"
        "f()\n"
        "st.write('end')\n"
    )
    at.checkbox[0].check().run()
    assert at.markdown.values == ["written from the fragment", "end", "editing"]
    (started,) = runs(at)
    at.checkbox[0].uncheck().run()
    (started,) = runs(at)
    assert len(started["fragment_paths"]) == 3  # its container, the slot and the dialog
    assert at.markdown.values == ["end"]
    assert at.get("dialog") == []


def test_a_failing_callback_in_a_fragment_run_shows_in_the_fragment():
    at = fragment_app(
        "import streamlit as st\n"
        "st.write('top')\n"
        "def fail():\n    raise RuntimeError('callback failed')\n"
        "@st.fragment\n"
        "def f():\n    st.button('go', on_click=fail)\n"
        "f()\n"
    )
    at.button[0].click().run()
    assert at.markdown.values == ["top"]
    assert at.main[1].exception[0].message == "callback failed"
