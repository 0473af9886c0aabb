"""st.session_state: the parts of Streamlit's semantics beyond the core tests (test_session_state.py)."""

from __future__ import annotations

import pytest
from appwasm.testing import AppTest


def test_keys_are_strings_and_mapping_methods_work():
    at = AppTest.from_string("""
import streamlit as st
ss = st.session_state
ss[1] = "one"
ss.update({"a": 1}, b=2)
ss.setdefault("c", 3)
ss.setdefault("a", 99)
popped = ss.pop("b")
st.text(f"{ss['1']} {ss.get('missing', 'dflt')} {popped} {sorted(ss)} {len(ss)} {'a' in ss} {1 in ss}")
st.text(sorted(ss.to_dict().items()))
""").run()
    assert at.text[0].value == "one dflt 2 ['1', 'a', 'c'] 3 True True"
    assert at.text[1].value == "[('1', 'one'), ('a', 1), ('c', 3)]"


def test_widget_ids_are_reserved_keys():
    at = AppTest.from_string("""
import streamlit as st
st.checkbox("keyless")
for attempt in (
    lambda: st.session_state.__setitem__("$$ID-abc-None", 1),
    lambda: st.session_state["$$ID-abc-None"],
    lambda: st.session_state.__delitem__("$$ID-abc-None"),
):
    try:
        attempt()
    except Exception as exc:
        st.text(f"{type(exc).__name__}: {exc}")
st.text(list(st.session_state))
""").run()
    assert [t.value for t in at.text] == ["StreamlitAPIException: Keys beginning with $$ID are reserved."] * 3 + ["[]"]


def test_missing_keys_errors():
    at = AppTest.from_string("""
import streamlit as st
for attempt in (lambda: st.session_state.__delitem__("gone"), lambda: delattr(st.session_state, "gone")):
    try:
        attempt()
    except Exception as exc:
        st.text(f"{type(exc).__name__}: {exc}")
""").run()
    docs = "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
    assert at.text[0].value == f"KeyError: 'st.session_state has no key \"gone\". Did you forget to initialize it? {docs}'"
    assert at.text[1].value == f'AttributeError: st.session_state has no attribute "gone". Did you forget to initialize it? {docs}'
    with pytest.raises(AttributeError, match="gone not found in session_state."):
        at.session_state.gone  # noqa: B018


def test_clear_forgets_user_values_and_widget_values():
    at = AppTest.from_string("""
import streamlit as st
if st.session_state.get("wipe"):
    st.session_state.clear()
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
v = st.slider("s", 0, 10, 1, key="s")
st.text(f"{st.session_state.runs} {v}")
""").run()
    at.slider(key="s").set_value(7).run()
    assert at.text[0].value == "2 7"
    at.session_state.wipe = True
    at.run()
    assert at.text[0].value == "1 1"


def test_update_cannot_change_a_widget_already_drawn():
    at = AppTest.from_string("""
import streamlit as st
st.text_input("name", key="name")
st.session_state.update(name="x")
""").run()
    assert "`st.session_state.name` cannot be modified after the widget with key `name` is instantiated." \
        == at.exception[0].message


def test_button_values_cannot_be_set_with_streamlits_message():
    at = AppTest.from_string("""
import streamlit as st
st.session_state.go = True
st.button("Go", key="go")
""").run()
    assert at.exception[0].message == "Values for the widget with `key` 'go' cannot be set using `st.session_state`."


def test_set_before_the_widget_becomes_its_value_and_callbacks_see_new_values():
    at = AppTest.from_string("""
import streamlit as st
def changed():
    st.session_state.log = f"now {st.session_state.n}"
st.session_state.setdefault("n", "five")
st.text_input("n", key="n", on_change=changed)
st.text(st.session_state.get("log", "-"))
""").run()
    assert at.text_input[0].value == "five" and at.text[0].value == "-"
    at.text_input[0].input("six").run()
    assert at.text[0].value == "now six"
