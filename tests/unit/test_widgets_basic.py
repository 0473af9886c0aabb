"""Value semantics of the first widgets, against Streamlit's documented behaviour."""

import datetime as dt

import pytest

from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\nimport datetime as dt\n" + script).run()


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("st.slider('s')", 0),
        ("st.slider('s', 0.0, 1.0)", 0.0),
        ("st.slider('s', 1, 9, 4)", 4),
        ("st.slider('s', value=(2, 5))", (2, 5)),
        ("st.slider('s', 0.0, 10.0, (7.5, 2.5))", (2.5, 7.5)),
        ("st.slider('s', 10, 20, 25)", 25),  # bounds widen to the value, as in Streamlit
        ("st.slider('s', value=dt.date(2024, 1, 15))", dt.date(2024, 1, 15)),
        ("st.slider('s', value=dt.time(9, 30))", dt.time(9, 30)),
    ],
)
def test_slider_defaults_and_types(call, expected):
    at = run(f"v = {call}\nst.session_state.out = v")
    assert at.session_state.out == expected
    assert type(at.session_state.out) is type(expected)


def test_slider_set_value_roundtrips_every_type():
    at = run(
        "a = st.slider('int', 0, 100, 5)\n"
        "b = st.slider('float', 0.0, 1.0, 0.5, 0.1)\n"
        "c = st.slider('range', 0, 10, (1, 2))\n"
        "d = st.slider('date', value=dt.datetime(2024, 5, 1, 12, 0), step=dt.timedelta(hours=1))\n"
        "st.session_state.out = (a, b, c, d)"
    )
    at.slider[0].set_value(42)
    at.slider[1].set_value(0.7)
    at.slider[2].set_range(3, 8)
    at.slider[3].set_value(dt.datetime(2024, 5, 2, 8, 0))
    at.run()
    assert at.session_state.out == (42, 0.7, (3, 8), dt.datetime(2024, 5, 2, 8, 0))
    assert isinstance(at.session_state.out[0], int)


def test_slider_type_errors_match_streamlit():
    at = run("st.slider('s', 0, 1.5)")
    assert "Slider value arguments must be of matching types" in at.exception[0].message
    at = run("st.slider('s', 0, 10, 2.5, step=1)")
    assert "Both value and arguments must be of the same type" in at.exception[0].message
    at = run("st.slider('s', 0, 10, 'x')")
    assert "Slider value should either be" in at.exception[0].message


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ("st.number_input('n')", 0.0),
        ("st.number_input('n', step=2)", 0),
        ("st.number_input('n', 1, 10)", 1),
        ("st.number_input('n', value=None)", None),
        ("st.number_input('n', min_value=0.5)", 0.5),
        ("st.number_input('n', value=3)", 3),
    ],
)
def test_number_input_type_inference(call, expected):
    at = run(f"st.session_state.out = {call}")
    assert at.session_state.out == expected
    assert type(at.session_state.out) is type(expected)


def test_number_input_clamps_and_steps():
    at = run("st.session_state.out = st.number_input('n', 0, 10, 5, 2)")
    at.number_input[0].increment().run()
    assert at.session_state.out == 7
    at.number_input[0].set_value(99).run()
    assert at.session_state.out == 10
    at = run("st.number_input('n', 0, 10, 50)")
    assert "greater than the `max_value`" in at.exception[0].message
    at = run("st.number_input('n', 0, 10.0)")
    assert "All numerical arguments must be of the same type" in at.exception[0].message


def test_selectbox_returns_options_not_labels():
    at = run(
        "opts = [{'id': 1}, {'id': 2}]\n"
        "v = st.selectbox('pick', opts, format_func=lambda o: f\"#{o['id']}\")\n"
        "st.session_state.out = v"
    )
    assert at.selectbox[0].options == ["#1", "#2"]
    assert at.session_state.out == {"id": 1}
    at.selectbox[0].select({"id": 2}).run()
    assert at.session_state.out == {"id": 2}
    at.selectbox[0].select_index(0).run()
    assert at.session_state.out == {"id": 1}


def test_selectbox_index_none_and_empty_options():
    at = run("st.session_state.a = st.selectbox('a', ['x', 'y'], index=None)\nst.session_state.b = st.selectbox('b', [])")
    assert at.session_state.a is None and at.session_state.b is None
    at.selectbox[0].set_value("y").run()
    assert at.session_state.a == "y"
    at = run("st.selectbox('a', ['x'], index=3)")
    assert "index must be greater than or equal to 0" in at.exception[0].message


def test_radio_options_captions_and_index():
    at = run("st.session_state.out = st.radio('r', ('a', 'b', 'c'), index=2, horizontal=True, captions=['1', '2', '3'])")
    assert at.session_state.out == "c"
    assert at.radio[0].node["horizontal"] is True
    at.radio[0].set_value("a").run()
    assert at.session_state.out == "a"
    # Like Streamlit: fewer captions than options is allowed; a caption must be a string.
    at = run("st.session_state.out = st.radio('r', ['a', 'b'], captions=['only one'])")
    assert at.session_state.out == "a" and not at.exception
    at = run("st.radio('r', ['a', 'b'], captions=[1, 2])")
    assert "Radio captions must be strings. Passed type: int" in at.exception[0].message
    at = run("st.radio('r', ['a'], index=3)")
    assert at.exception[0].message == "Radio index must be between 0 and length of options"


def test_text_input_value_none_max_chars_and_password():
    at = run("st.session_state.a = st.text_input('a', value=None)\nst.session_state.b = st.text_input('b', 'hi', type='password')")
    assert at.session_state.a is None and at.session_state.b == "hi"
    assert at.text_input[1].node["input_type"] == "password"
    at.text_input[0].input("typed").run()
    assert at.session_state.a == "typed"
    # Streamlit accepts a default longer than max_chars (the limit applies to typing).
    at = run("st.session_state.a = st.text_input('a', 'toolong', max_chars=3)")
    assert at.session_state.a == "toolong" and not at.exception


def test_checkbox_and_toggle():
    at = run("st.session_state.out = (st.checkbox('c'), st.toggle('t', value=True))")
    assert at.session_state.out == (False, True)
    assert at.toggle[0].value is True
    at.checkbox[0].check()
    at.toggle[0].set_value(False)
    at.run()
    assert at.session_state.out == (True, False)


def test_label_visibility_is_validated():
    at = run("st.checkbox('c', label_visibility='gone')")
    assert "Unsupported label_visibility option 'gone'" in at.exception[0].message


def test_widget_identity_changes_with_parameters():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "hi = st.number_input('max', 1, 100, 10)\n"
        "st.session_state.out = st.slider('s', 0, int(hi), 0)\n"
    ).run()
    at.slider[0].set_value(5).run()
    assert at.session_state.out == 5
    at.number_input[0].set_value(20).run()  # new max -> a new slider, back to its default
    assert at.session_state.out == 0
