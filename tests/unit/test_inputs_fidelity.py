"""The first widgets against Streamlit 1.40's exact messages and edge cases."""


import pytest

from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\nimport datetime as dt\n" + script).run()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.slider('s', 0, 10, (1, 2.5))",
         "Slider tuple/list components must be of the same type.\nBut were: [<class 'int'>, <class 'float'>]"),
        ("st.slider('s', 0, 10, 5, 0)", "Slider components cannot be passed a `step` of 0."),
        ("st.slider('s', 5, 5)", "Slider `min_value` must be less than the `max_value`.\nThe values were 5 and 5."),
        ("st.slider('s', 0, 2**60)", "`max_value` (1152921504606846976) must be <= (1 << 53) - 1"),
        ("st.slider('s', 0.0, 10.0, 5)",
         "Slider value arguments must be of matching types.\n`min_value` has float type.\n`max_value` has float type."
         "\n`step` has int type."),
        ("st.slider('s', 0.0, 10.0, 5, 0.5)",
         "Both value and arguments must be of the same type.\n`value` has list type.\n`min_value` has float type."
         "\n`max_value` has float type."),
        ("st.slider('s', value=dt.time(1, 0), min_value=dt.time(1, 0), max_value=dt.time(1, 0))",
         "Slider `min_value` must be less than the `max_value`.\nThe values were 2000-01-01 01:00:00 and "
         "2000-01-01 01:00:00."),
    ],
)
def test_slider_messages(call, message):
    assert run(call).exception[0].message == message


def test_slider_short_date_span_steps_by_quarter_hours_and_state_range():
    at = run("st.slider('s', min_value=dt.datetime(2024, 1, 1, 8), max_value=dt.datetime(2024, 1, 1, 12), "
             "value=dt.datetime(2024, 1, 1, 9))")
    assert at.slider[0].node["step"] == 15 * 60 * 1_000_000
    at = AppTest.from_string("import streamlit as st\nst.session_state.out = st.slider('s', key='k')")
    at.session_state.k = (10, 20)
    at.run()
    assert at.session_state.out == (10, 20)
    assert (at.slider[0].min, at.slider[0].max) == (0, 100)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.number_input('n', 0, 10.0)",
         # Streamlit names only truthy arguments: value is "min" here, min_value 0 is left out.
         "All numerical arguments must be of the same type.\n`value` has str type.\n`max_value` has float type."),
        ("st.number_input('n', 1, 10.5, 2)",
         "All numerical arguments must be of the same type.\n`value` has int type.\n`min_value` has int type."
         "\n`max_value` has float type."),
        ("st.number_input('n', format='%s%s')", "Format string for `st.number_input` contains invalid characters: %s%s"),
        ("st.number_input('n', 5, 10, 1)", "The `value` 1 is less than the `min_value` 5."),
        ("st.number_input('n', value=2**60)", "`value` (1152921504606846976) must be <= (1 << 53) - 1"),
    ],
)
def test_number_input_messages(call, message):
    assert run(call).exception[0].message == message


def test_number_input_format_warnings_and_steps():
    at = run("st.number_input('n', value=1.5, format='%d')")
    assert at.warning[0].value == "Warning: NumberInput value below has type float, but format %d displays as integer."
    at = run("st.session_state.out = st.number_input('n', value=None, min_value=0, max_value=10, step=3)")
    at.number_input[0].increment().run()  # empty: nothing to increment
    assert at.session_state.out is None
    at.number_input[0].set_value(9).run()
    at.number_input[0].increment().run()
    assert at.session_state.out == 10
    at.number_input[0].decrement().decrement().run()
    assert at.session_state.out == 4
    at.number_input[0].decrement().decrement().run()  # stops at min_value
    assert at.session_state.out == 0


def test_buttons_differing_in_type_or_icon_are_different_widgets():
    at = run("a = st.button('Go')\nb = st.button('Go', type='primary')\nc = st.button('Go', icon='🚀', type='tertiary')\n"
             "st.session_state.out = (a, b, c)")
    assert not at.exception and len(at.button) == 3
    at.button[2].click().run()
    assert at.session_state.out == (False, False, True)
    assert at.button[2].node["kind"] == "tertiary" and at.button[2].node["icon"] == "🚀"
    at = run("st.button('Go', type='big')")
    assert 'The type argument to st.button must be "primary", "secondary", or "tertiary".' in at.exception[0].message


def test_selectbox_and_radio_value_none_through_state_and_help_dedent():
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.session_state.out = (st.selectbox('s', ['a', 'b'], key='s', help='''\n    line\n    '''),"
        " st.radio('r', ['a', 'b'], key='r'))"
    )
    at.run()
    assert at.session_state.out == ("a", "a")
    assert at.selectbox[0].help == "\nline\n"
    at.session_state.s = None
    at.session_state.r = None
    at.run()
    assert at.session_state.out == (None, None)
    assert at.selectbox[0].index is None and at.radio[0].index is None


def test_options_accept_scalars_dicts_and_sets_like_streamlit():
    at = run("st.session_state.out = (st.selectbox('a', 5), st.radio('b', {'x': 1, 'y': 2}, index=1), "
             "st.multiselect('c', 'solo', 'solo'))")
    assert at.session_state.out == (5, "y", ["solo"])


def test_every_input_widget_carries_its_form_id_and_button_refuses_forms():
    at = run(
        "from appwasm.delta_generator import DeltaGenerator\n"
        "form = DeltaGenerator((0,), form_id='f1')\n"
        "form.multiselect('a', ['x']); form.select_slider('b', ['x', 'y']); form.text_area('c')\n"
        "form.date_input('d'); form.time_input('e'); form.color_picker('f'); form.pills('g', ['x'])\n"
        "form.segmented_control('h', ['x']); form.feedback(); form.selectbox('i', ['x']); form.slider('j')\n"
        "form.checkbox('k'); form.toggle('l'); form.radio('m', ['x']); form.text_input('n'); form.number_input('o')\n"
    )
    assert not at.exception
    widgets = [e for e in at.main if hasattr(e, "id")]
    assert len(widgets) == 16 and {w.node["form_id"] for w in widgets} == {"f1"}
    at = run("from appwasm.delta_generator import DeltaGenerator\nDeltaGenerator((0,), form_id='f1').button('b')")
    assert at.exception[0].message.startswith("`st.button()` can't be used in an `st.form()`.")
