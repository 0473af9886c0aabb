"""AppTest surface and run semantics matched to Streamlit 1.40's, found by the compatibility
corpus (tests/compat/apps, benchmarks/compat). Each expectation is what Streamlit's own AppTest
gives for the same script: these tests pass unchanged under streamlit.testing.v1.AppTest 1.40.2."""

from __future__ import annotations

import textwrap

import pytest
from appwasm.testing import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(body)).run()


def test_text_elements_expose_streamlits_fields():
    at = run("""
        st.title("T", anchor="top")
        st.header("H", anchor=False)
        st.subheader("S")
        st.caption("c")
        st.markdown("m")
        st.code("  x = 1\\n", language=None, line_numbers=True)
        st.json({"a": 1}, expanded=2)
        st.info("i")
    """)
    assert [(h.tag, h.anchor, h.hide_anchor) for h in (at.title[0], at.header[0], at.subheader[0])] == [
        ("h1", "top", False), ("h2", "", True), ("h3", "", False)]
    assert (at.caption[0].is_caption, at.markdown[0].is_caption) == (True, False)
    code = at.code[0]
    # Streamlit strips the body (dedent + strip) and calls language=None "plaintext".
    assert (code.value, code.language, code.show_line_numbers) == ("x = 1", "plaintext", True)
    assert (at.json[0].expanded, at.json[0].max_expand_depth) == (True, 2)
    assert at.info[0].icon == ""


def test_widgets_expose_streamlits_defaults_and_proto_types():
    at = run("""
        st.text_input("pw", type="password")
        st.slider("s", 0, 10, 3)
        st.number_input("n", 1, 5, 2)
        st.radio("r", ["a", "b"], horizontal=True)
        with st.form("f"):
            st.checkbox("c", help="tip")
            st.form_submit_button()
    """)
    pw = at.text_input[0]
    assert (pw.help, pw.form_id, pw.max_chars, pw.autocomplete) == ("", "", 0, "new-password")
    # min/max/step are doubles in Streamlit's protos, even for an int widget (the value stays int).
    assert (at.slider[0].min, at.slider[0].max, at.slider[0].step, at.slider[0].value) == (0.0, 10.0, 1.0, 3)
    assert isinstance(at.number_input[0].min, float) and at.number_input[0].value == 2
    at.number_input[0].increment().run()
    assert at.number_input[0].value == 3 and isinstance(at.number_input[0].value, int)
    assert at.radio[0].horizontal is True
    assert (at.checkbox[0].form_id, at.checkbox[0].help) == ("f", "tip")


def test_a_clicked_button_reads_true_after_the_run_it_caused():
    at = run("""
        if st.button("Go", key="go"):
            st.write("went")
    """)
    at.button[0].click().run()
    assert at.button[0].value is True and at.markdown[0].value == "went"
    at.run()
    assert at.button[0].value is False


def test_triggers_of_a_stopped_run_stay_visible_until_the_next_run():
    # Streamlit consumes clicks when a run completes, but a run ended by st.stop() (or an
    # error) leaves them until the next run starts.
    at = run("""
        st.button("Go", key="go")
        st.stop()
    """)
    at.button[0].click().run()
    assert at.session_state["go"] is True
    at.run()
    assert at.session_state["go"] is False


def test_st_rerun_completes_the_run_so_unreached_widgets_lose_their_state():
    at = run("""
        st.session_state.setdefault("n", 0)
        if st.button("again") and st.session_state.n == 0:
            st.session_state.n += 1
            st.rerun()
        st.radio("flavor", ["vanilla", "chocolate"], key="flavor")
    """)
    at.radio(key="flavor").set_value("chocolate").run()
    assert at.session_state.flavor == "chocolate"
    at.button[0].click().run()
    assert at.session_state.flavor == "vanilla"


def test_the_tree_keeps_what_the_run_before_st_rerun_drew_past_the_end():
    # Streamlit's AppTest builds one tree from every run of `at.run()`.
    at = run("""
        st.session_state.setdefault("stage", 0)
        st.write("top")
        if st.session_state.stage == 0:
            st.session_state.stage = 1
            st.write("first run only")
            st.write("and this")
            st.rerun()
    """)
    assert [m.value for m in at.markdown] == ["top", "first run only", "and this"]
    at.run()
    assert [m.value for m in at.markdown] == ["top"]


def test_stale_widget_of_an_earlier_run_has_its_key_but_no_value():
    at = run("""
        st.session_state.setdefault("done", False)
        if not st.session_state.done:
            st.write("x")
            st.text_input("t", key="field")
            st.session_state.done = True
            st.rerun()
    """)
    stale = at.text_input[0]
    assert stale.key == "field"
    with pytest.raises(KeyError):
        _ = stale.value


def test_expander_with_an_icon_is_listed_as_a_status():
    at = run("""
        with st.expander("plain"):
            st.write("a")
        with st.expander("iconic", icon=":material/info:"):
            st.write("b")
    """)
    assert [e.label for e in at.expander] == ["plain"]
    (status,) = at.status
    assert (status.type, status.label, status.icon) == ("status", "iconic", ":material/info:")
    with pytest.raises(ValueError, match="Unknown Status state"):
        _ = status.state


def test_images_are_imgs_and_button_group_options_have_content():
    at = run("""
        st.image("https://example.com/a.png", caption="a")
        st.pills("p", ["x", "y"])
    """)
    assert [i.type for i in at.get("imgs")] == ["imgs"]
    assert [o.content for o in at.button_group[0].options] == ["x", "y"]


def test_exception_message_is_stripped_and_api_errors_are_markdown():
    at = run("""
        st.exception(ValueError("  padded  "))
        st.selectbox("bad", ["a"], index=3)
    """)
    assert (at.exception[0].message, at.exception[0].is_markdown) == ("padded", False)
    assert at.exception[1].is_markdown is True


def test_script_run_context_has_a_session_id():
    at = run("""
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        st.session_state.setdefault("ids", []).append(get_script_run_ctx().session_id)
    """)
    at.run()
    first, second = at.session_state.ids
    assert first == second and isinstance(first, str) and first


def test_st_rerun_in_a_callback_is_a_no_op_with_a_warning():
    at = run("""
        def again():
            st.session_state.calls = st.session_state.get("calls", 0) + 1
            st.rerun()
        st.title("T")
        st.button("Go", on_click=again)
    """)
    at.button[0].click().run()
    assert at.warning[0].value == "Calling st.rerun() within a callback is a no-op."
    assert at.session_state.calls == 1 and at.button[0].value is True
    # The warning comes first: callbacks draw before the script.
    assert [e.type for e in at.main.children.values()] == ["warning", "title", "button"]


def test_layout_rules_found_by_the_corpus():
    at = run("""
        outer = st.columns(2)
        with outer[0]:
            inner = st.columns(2)
            with inner[0]:
                try:
                    st.columns(2)
                except Exception as exc:
                    st.session_state.columns = str(exc)
        with st.expander("e"):
            try:
                st.status("s")
            except Exception as exc:
                st.session_state.status = str(exc)
        try:
            st.container(height=-5)
        except ValueError as exc:
            st.session_state.height = str(exc)
    """)
    assert at.session_state.columns == "Columns can only be placed inside other columns up to one level of nesting."
    # The refused row of columns is drawn empty first, as in Streamlit.
    innermost = at.columns[1]  # document order: outer column 0, then the columns inside it
    assert [child.type for child in innermost.children.values()] == ["horizontal"]
    assert at.session_state.status == "Expanders may not be nested inside other expanders."
    assert at.session_state.height == "Value out of range: -5"
