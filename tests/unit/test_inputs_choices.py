"""st.multiselect, st.select_slider, st.feedback, st.pills, st.segmented_control: values,
errors and AppTest helpers, against Streamlit 1.40's behaviour."""

import pytest

from appwasm.errors import StreamlitSelectionCountExceedsMaxError
from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\nimport datetime as dt\nimport enum\n" + script).run()


def test_multiselect_defaults_select_unselect_and_indices():
    at = run(
        "opts = [{'id': 1}, {'id': 2}, {'id': 3}]\n"
        "st.session_state.out = st.multiselect('m', opts, default=[opts[2]], format_func=lambda o: f\"#{o['id']}\")"
    )
    ms = at.multiselect[0]
    assert ms.options == ["#1", "#2", "#3"]
    assert at.session_state.out == [{"id": 3}]
    assert list(ms.indices) == [2]
    assert ms.format_func({"id": 7}) == "#7"
    ms.select({"id": 1}).run()
    assert at.session_state.out == [{"id": 3}, {"id": 1}]
    at.multiselect[0].unselect({"id": 3}).run()
    assert at.session_state.out == [{"id": 1}]
    assert list(at.multiselect[0].indices) == [0]
    assert at.multiselect[0].placeholder == "Choose an option"


def test_multiselect_scalar_default_empty_and_errors():
    at = run("st.session_state.a = st.multiselect('a', ['x', 'y'], 'y')\nst.session_state.b = st.multiselect('b', [])")
    assert at.session_state.a == ["y"] and at.session_state.b == []
    at = run("st.multiselect('a', ['x', 'y'], ['z'])")
    assert at.exception[0].message == (
        "The default value 'z' is not part of the options. Please make sure that every default values also "
        "exists in the options."
    )


def test_multiselect_max_selections_message_matches_streamlit():
    at = run("st.multiselect('a', ['x', 'y', 'z'], ['x', 'y'], max_selections=1)")
    assert at.exception[0].exc_type == "StreamlitSelectionCountExceedsMaxError"
    assert at.exception[0].message == str(StreamlitSelectionCountExceedsMaxError(2, 1))
    assert at.exception[0].message.startswith("Multiselect has 2 options selected but `max_selections` is set to 1.")
    assert at.exception[0].message.endswith("Please select at most 1 option.")
    # Through session state, too.
    at = AppTest.from_string("import streamlit as st\nst.multiselect('a', ['x', 'y', 'z'], key='k', max_selections=2)")
    at.run()
    at.session_state.k = ["x", "y", "z"]
    at.run()
    assert "Multiselect has 3 options selected" in at.exception[0].message
    assert len(at.multiselect) == 0  # the error replaces the widget, as in Streamlit


def test_multiselect_options_of_any_type_survive_reruns():
    script = (
        "class Color(enum.Enum):\n    RED = 1\n    BLUE = 2\n"
        "class Box:\n    def __init__(self, n): self.n = n\n"
        "c = st.multiselect('c', Color)\n"
        "b = st.selectbox('b', [Box(1), Box(2)], format_func=lambda o: f'box {o.n}')\n"
        "r = st.radio('r', Color)\n"
        "st.session_state.out = ([x.name for x in c], b.n, r.name, all(isinstance(x, Color) for x in c))\n"
    )
    at = run(script)
    first_color = type(at.radio[0].value)  # the first run's Color class; each run defines a new one
    at.multiselect[0].set_value([first_color.BLUE])
    at.selectbox[0].select_index(1)
    at.radio[0].set_value(first_color.BLUE)
    at.run()
    assert not at.exception
    assert at.session_state.out == (["BLUE"], 2, "BLUE", True)
    assert type(at.radio[0].value) is not first_color
    at.run()  # a plain rerun: the values are re-derived with this run's options
    assert not at.exception and at.session_state.out[1] == 2
    assert at.selectbox[0].index == 1 and at.selectbox[0].format_func(type("B", (), {"n": 9})()) == "box 9"


def test_select_slider_single_range_and_format_func():
    at = run(
        "a = st.select_slider('a', options=['red', 'green', 'blue'], format_func=str.upper)\n"
        "b = st.select_slider('b', options=range(1, 11), value=(8, 3))\n"
        "st.session_state.out = (a, b)"
    )
    assert at.session_state.out == ("red", (3, 8))
    assert at.select_slider[0].options == ["RED", "GREEN", "BLUE"]
    assert at.select_slider[0].format_func("x") == "X"
    at.select_slider[0].set_value("blue")
    at.select_slider[1].set_range(2, 5)
    at.run()
    assert at.session_state.out == ("blue", (2, 5))
    assert at.select_slider[1].value == (2, 5)


def test_select_slider_errors():
    at = run("st.select_slider('a', options=[])")
    assert at.exception[0].message == "The `options` argument needs to be non-empty"
    at = run("st.select_slider('a', options=['x'], value='y')")
    assert at.exception[0].exc_type == "ValueError"
    assert at.exception[0].message == "y is not in iterable"


@pytest.mark.parametrize(("kind", "index", "expected"), [("thumbs", 0, 1), ("thumbs", 1, 0), ("faces", 4, 4), ("stars", 2, 2)])
def test_feedback_returns_the_index(kind, index, expected):
    at = run(f"st.session_state.out = st.feedback({kind!r})")
    assert at.session_state.out is None
    group = at.button_group[0]
    assert group.node["feedback"] == kind
    group._set_wire([index])
    at.run()
    assert at.session_state.out == expected


def test_feedback_errors_and_form_callbacks():
    at = run("st.feedback('hearts')")
    assert at.exception[0].message == (
        "The options argument to st.feedback must be one of ['thumbs', 'faces', 'stars']. The argument passed was 'hearts'."
    )


def test_pills_single_and_multi():
    at = run(
        "a = st.pills('Tags', ['x', 'y', 'z'], default='y')\n"
        "b = st.pills('More', ['x', 'y', 'z'], selection_mode='multi', default=['x', 'z'])\n"
        "c = st.segmented_control('Mode', ['a', 'b'], format_func=lambda o: f':material/star: {o}')\n"
        "st.session_state.out = (a, b, c)"
    )
    assert at.session_state.out == ("y", ["x", "z"], None)
    pills = at.button_group
    assert [o.content for o in pills[2].options] == ["a", "b"]
    assert pills[2].options[0].content_icon == ":material/star:"
    assert pills[2].node["style"] == "segmented_control"
    assert list(pills[1].indices) == [0, 2]
    pills[0].unselect("y")
    pills[1].unselect("x").select("y")
    pills[2].select("b")
    at.run()
    assert at.session_state.out == (None, ["z", "y"], "b")
    assert list(at.button_group[2].indices) == [1]


def test_pills_errors():
    at = run("st.pills('p', ['a', 'b'], default=['a', 'b'])")
    assert at.exception[0].message == (
        "The default argument to `st.pills` must be a single value when `selection_mode='single'`."
    )
    at = run("st.segmented_control('p', ['a'], selection_mode='many')")
    assert at.exception[0].message == (
        "The selection_mode argument must be one of ['single', 'multi']. The argument passed was 'many'."
    )


def test_callbacks_with_args_run_before_the_rerun():
    at = run(
        "def cb(tag, extra=None):\n    st.session_state.log = (tag, extra, st.session_state.m)\n"
        "st.multiselect('m', ['a', 'b'], key='m', on_change=cb, args=('ms',), kwargs={'extra': 1})\n"
    )
    at.multiselect[0].select("b").run()
    assert at.session_state.log == ("ms", 1, ["b"])
