"""Session state rules (Streamlit's), through AppTest and directly."""

import pytest

from appwasm.errors import StreamlitAPIException, StreamlitDuplicateElementId, StreamlitValueAssignmentNotAllowedError
from appwasm.state.session_state import SessionState
from appwasm.state.widgets import WidgetSpec
from appwasm.testing import AppTest


def test_user_values_persist_and_support_attr_item_in_del():
    at = AppTest.from_string(
        """
        import streamlit as st
        if "n" not in st.session_state:
            st.session_state.n = 0
        st.session_state["n"] += 1
        st.write("n", st.session_state.n, "has", "n" in st.session_state)
        if st.session_state.n == 3:
            del st.session_state.n
        """
    ).run()
    assert at.markdown[0].value == "n `1` has `True`"
    at.run()
    at.run()
    assert "n" not in at.session_state
    at.run()
    assert at.session_state.n == 1


def test_missing_key_messages_name_the_key():
    at = AppTest.from_string("import streamlit as st\nst.session_state.nope").run()
    assert at.exception[0].exc_type == "AttributeError"
    assert 'no attribute "nope"' in at.exception[0].message
    at = AppTest.from_string("import streamlit as st\nst.session_state['nope']").run()
    assert at.exception[0].exc_type == "KeyError"
    assert 'no key "nope"' in at.exception[0].message


def test_widget_key_is_mirrored_and_value_set_before_creation_is_used():
    at = AppTest.from_string(
        """
        import streamlit as st
        if "x" not in st.session_state:
            st.session_state.x = 7
        v = st.slider("x", 0, 10, key="x")
        st.write(v, st.session_state.x)
        """
    ).run()
    assert at.slider[0].value == 7
    assert at.markdown[0].value == "`7` `7`"
    at.slider(key="x").set_value(3).run()
    assert at.session_state.x == 3
    assert at.markdown[0].value == "`3` `3`"


def test_setting_widget_key_after_creation_is_an_error():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.checkbox("c", key="c")
        st.session_state.c = True
        """
    ).run()
    assert "cannot be modified after the widget with key `c` is instantiated" in at.exception[0].message


def test_button_value_cannot_be_set_through_state():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.b = True
        st.button("b", key="b")
        """
    ).run()
    assert at.exception[0].exc_type.endswith("StreamlitValueAssignmentNotAllowedError")


def test_widget_not_rendered_in_a_complete_run_loses_its_state():
    at = AppTest.from_string(
        """
        import streamlit as st
        show = st.checkbox("show", value=True)
        if show:
            st.text_input("t", key="t")
        st.write("t" in st.session_state)
        """
    ).run()
    at.text_input(key="t").input("hello").run()
    assert at.session_state.t == "hello"
    at.checkbox[0].uncheck().run()
    assert "t" not in at.session_state
    at.checkbox[0].check().run()
    assert at.text_input(key="t").value == ""


def test_callbacks_run_before_the_script_with_args_and_new_state():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("log", [])
        def changed(tag, *, extra):
            st.session_state.log.append((tag, extra, st.session_state.s))
        st.slider("s", 0, 10, 1, key="s", on_change=changed, args=("A",), kwargs={"extra": 1})
        st.write(len(st.session_state.log))
        """
    ).run()
    at.slider(key="s").set_value(4).run()
    assert at.session_state.log == [("A", 1, 4)]
    assert at.markdown[0].value == "`1`"
    at.run()  # no change, no callback
    assert len(at.session_state.log) == 1


def test_button_is_true_for_one_run_and_on_click_runs_first():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("clicks", 0)
        def inc():
            st.session_state.clicks += 1
        pressed = st.button("Go", on_click=inc)
        st.write(pressed, st.session_state.clicks)
        """
    ).run()
    assert at.markdown[0].value == "`False` `0`"
    at.button[0].click().run()
    assert at.markdown[0].value == "`True` `1`"
    at.run()
    assert at.markdown[0].value == "`False` `1`"


def test_duplicate_widgets_raise_streamlits_error():
    at = AppTest.from_string("import streamlit as st\nst.button('a')\nst.button('a')").run()
    assert "multiple `button` elements with the same auto-generated ID" in at.exception[0].message
    at = AppTest.from_string("import streamlit as st\nst.button('a', key='k')\nst.checkbox('b', key='k')").run()
    assert "key='k'" in at.exception[0].message


def test_default_value_conflict_warns_once():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.setdefault("v", 5)
        st.slider("v", 0, 10, 3, key="v")
        """
    ).run()
    assert "created with a default value but also had its value set via the Session State API" in at.warning[0].value
    assert at.slider[0].value == 5


def test_to_dict_hides_keyless_widget_ids():
    at = AppTest.from_string(
        """
        import streamlit as st
        st.slider("a", 0, 5)
        st.slider("b", 0, 5, key="b")
        st.session_state.u = 1
        st.write(sorted(st.session_state.to_dict()))
        """
    ).run()
    assert at.json[0].value == '["b", "u"]'


def test_session_state_direct_rules():
    state = SessionState()
    spec = WidgetSpec(id="$$ID-1-k", kind="slider", key="k", default=1)
    assert state.register_widget(spec).value == 1
    with pytest.raises(StreamlitAPIException):
        state["k"] = 3
    with pytest.raises(StreamlitDuplicateElementId):
        state.register_widget(WidgetSpec(id="$$ID-1-k", kind="slider", key=None, default=1))
    state.end_run(completed=True, reset_triggers=True)
    state["k"] = 4
    assert state.register_widget(spec).value == 4
    state.end_run(completed=True, reset_triggers=True)
    button = WidgetSpec(id="$$ID-2-b", kind="button", key="b", default=False, trigger=True, settable_by_state=False)
    state.register_widget(button)
    state.end_run(completed=True, reset_triggers=True)
    with pytest.raises(StreamlitValueAssignmentNotAllowedError):
        state["b"] = True
