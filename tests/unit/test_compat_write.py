"""st.write, st.json, st.write_stream and st.help as Streamlit 1.40 shows them (found by the
compatibility corpus: tests/compat/apps/write_types.py, magic_app.py, help_echo.py). They pass
unchanged under streamlit.testing.v1.AppTest 1.40.2."""

from __future__ import annotations

import textwrap

from appwasm.testing import AppTest


def run(body: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + textwrap.dedent(body)).run()


def kinds(at: AppTest) -> list[str]:
    return [e.type for e in at.main.children.values()]


def test_write_sends_dataclasses_classes_and_default_reprs_to_help():
    at = run("""
        import dataclasses
        @dataclasses.dataclass
        class Point:
            x: int
        class Plain:
            pass
        st.write(Point(1))
        st.write(Plain())
        st.write(Plain)
    """)
    assert kinds(at) == ["doc_string", "doc_string", "doc_string"]
    # The name is the source of st.write's argument, as Streamlit reads it from the line.
    assert [h.name for h in at.get("doc_string")] == ["Point(1)", "Plain()", "Plain"]


def test_write_shows_sets_and_tuples_as_text_and_fences_backticks():
    at = run("""
        st.write({1, 2}, (3, 4))
        st.write("a`b`c" and type("T", (), {"__str__": lambda self: "x `y` z"})())
        st.write(type("M", (), {"__str__": lambda self: "line1\\nline2"})())
    """)
    assert at.markdown[0].value == "`{1, 2}` `(3, 4)`"
    assert at.markdown[1].value == "``x `y` z``"
    assert at.markdown[2].value == "```\nline1\nline2\n```"


def test_write_of_several_elements_into_a_placeholder_is_refused():
    at = run("""
        slot = st.empty()
        slot.write("one")
        slot.write("a", "b")
    """)
    assert at.exception[0].message.startswith("Cannot replace a single element with multiple elements.")


def test_json_converts_like_streamlit():
    at = run("""
        from collections import namedtuple
        Pair = namedtuple("Pair", "a b")
        st.json({"s": {3}, "o": object})
        st.json(Pair(1, 2))
        st.session_state.k = 1
        st.json(st.session_state)
        st.json(range(3))
    """)
    assert at.json[0].value == '{"s": [3], "o": "<class \'object\'>"}'
    assert at.json[1].value == '{"a": 1, "b": 2}'
    assert at.json[2].value == '{"k": 1}'
    assert at.json[3].value == "[0, 1, 2]"


def test_write_stream_returns_streaming_output_or_empty_text():
    at = run("""
        out = st.write_stream(["a", {"b": 1}])
        st.session_state.kind = type(out).__name__
        st.session_state.empty = st.write_stream(iter([]))
        st.write(out)
    """)
    assert (at.session_state.kind, at.session_state.empty) == ("StreamingOutput", "")
    # st.write of a StreamingOutput writes each item again.
    assert kinds(at) == ["markdown", "json", "markdown", "json"]


def test_help_names_follow_streamlits_rule():
    at = run("""
        def area(w, h=1):
            '''Area.'''
            return w * h
        def show(obj):
            st.help(obj)
        st.help(area)
        st.help(fn := area)
        st.help(123)
        show(area)
        area
    """)
    # st.help(x): x; a walrus: its name; a literal: none; inside a function: the script's own
    # line (Streamlit reads the frame under its runner); magic: the line itself.
    assert [h.name for h in at.get("doc_string")] == ["area", "fn", "", "show(area)", "area"]


def test_help_of_an_undocumented_object_has_no_doc():
    # Streamlit sends an empty docstring (its page says "No docs available").
    at = run("""
        st.help(lambda: 1)
    """)
    (doc,) = at.get("doc_string")
    assert (doc.doc_string, doc.name) == ("", "lambda: 1")
