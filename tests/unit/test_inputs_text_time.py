"""st.text_area, st.date_input, st.time_input, st.color_picker: values, errors, AppTest helpers."""

import datetime as dt

import pytest

from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\nimport datetime as dt\n" + script).run()


def test_text_area_value_none_input_and_max_chars():
    at = run(
        "st.session_state.a = st.text_area('a', 'hello', height=120, max_chars=10, placeholder='type')\n"
        "st.session_state.b = st.text_area('b', value=None)"
    )
    assert at.session_state.a == "hello" and at.session_state.b is None
    area = at.text_area[0]
    assert (area.node["height"], area.max_chars, area.placeholder) == (120, 10, "type")
    area.input("way too long for this")  # ignored, as the browser would
    at.text_area[1].input("line 1\nline 2")
    at.run()
    assert at.session_state.a == "hello" and at.session_state.b == "line 1\nline 2"
    at = run("st.text_area('a', height=50)")
    assert at.exception[0].message == "Invalid height 50px for `st.text_area` - must be at least 68 pixels."


def test_text_area_key_set_to_none_through_state():
    at = AppTest.from_string("import streamlit as st\nst.session_state.out = st.text_area('a', 'x', key='k')")
    at.run()
    at.session_state.k = None
    at.run()
    assert at.session_state.out is None


def test_date_input_defaults_today_and_ten_year_bounds():
    at = run("st.session_state.out = st.date_input('d')")
    today = dt.date.today()
    assert at.session_state.out == today
    di = at.date_input[0]
    assert di.min == today.replace(year=today.year - 10) or (today.month, today.day) == (2, 29)
    assert di.max.year == today.year + 10 and not di.is_range and di.format == "YYYY/MM/DD"


def test_date_input_values_ranges_and_set_value():
    at = run(
        "a = st.date_input('a', dt.datetime(2024, 2, 29, 13, 5), format='DD.MM.YYYY')\n"
        "b = st.date_input('b', (dt.date(2024, 1, 1), dt.date(2024, 1, 9)))\n"
        "c = st.date_input('c', None)\n"
        "d = st.date_input('d', [])\n"
        "st.session_state.out = (a, b, c, d)"
    )
    assert at.session_state.out == (dt.date(2024, 2, 29), (dt.date(2024, 1, 1), dt.date(2024, 1, 9)), None, ())
    assert at.date_input[0].min == dt.date(2014, 2, 28) and at.date_input[0].max == dt.date(2034, 2, 28)
    assert at.date_input[1].is_range and at.date_input[1].max == dt.date(2034, 1, 9)
    at.date_input[0].set_value(dt.date(2024, 3, 1))
    at.date_input[1].set_value((dt.date(2024, 5, 1),))  # only the start picked so far
    at.date_input[2].set_value(dt.date(2020, 1, 2))
    at.run()
    assert at.session_state.out[:3] == (dt.date(2024, 3, 1), (dt.date(2024, 5, 1),), dt.date(2020, 1, 2))


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.date_input('d', format='YY/MM/DD')",
         "The provided format (`YY/MM/DD`) is not valid. DateInput format should be one of `YYYY/MM/DD`, "
         "`DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen (-) as separators."),
        ("st.date_input('d', dt.date(2020, 1, 1), min_value=dt.date(2021, 1, 1))",
         "The default `value` of [datetime.date(2020, 1, 1)] must lie between the `min_value` of 2021-01-01 and "
         "the `max_value` of 2030-01-01, inclusively."),
        ("st.date_input('d', None, min_value=dt.date(2021, 1, 1), max_value=dt.date(2020, 1, 1))",
         "The `min_value`, set to 2021-01-01, shouldn't be larger than the `max_value`, set to 2020-01-01."),
        ("st.date_input('d', (1, 2, 3))",
         "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values"),
        ("st.date_input('d', None, min_value='2020')", "DateInput min should either be a date/datetime or None"),
    ],
)
def test_date_input_errors(call, message):
    assert run(call).exception[0].message == message


@pytest.mark.parametrize("fmt", ["MM/DD/YYYY", "DD-MM-YYYY", "YYYY.MM.DD", "MM.DD.YYYY"])
def test_date_input_accepts_every_separator(fmt):
    assert not run(f"st.date_input('d', format={fmt!r})").exception


def test_date_input_today_default_is_clamped_into_the_bounds():
    at = run("st.session_state.out = st.date_input('d', min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31))")
    assert at.session_state.out == dt.date(2000, 12, 31)


def test_time_input_values_steps_and_increment():
    at = run(
        "a = st.time_input('a', dt.time(8, 45), step=dt.timedelta(minutes=30))\n"
        "b = st.time_input('b', dt.datetime(2024, 1, 1, 23, 59, 30))\n"
        "c = st.time_input('c', None)\n"
        "st.session_state.out = (a, b, c)"
    )
    assert at.session_state.out == (dt.time(8, 45), dt.time(23, 59), None)
    assert at.time_input[0].step == 1800 and at.time_input[1].step == 900
    at.time_input[0].increment()
    at.time_input[1].increment()  # wraps past midnight
    at.time_input[2].increment()  # no value: nothing to step
    at.run()
    assert at.session_state.out == (dt.time(9, 15), dt.time(0, 14), None)
    at.time_input[0].decrement().decrement().run()
    assert at.session_state.out[0] == dt.time(8, 15)
    at.time_input[2].set_value(dt.datetime(2024, 1, 1, 7, 30)).run()
    assert at.session_state.out[2] == dt.time(7, 30)


def test_time_input_now_is_to_the_minute():
    before = dt.datetime.now().replace(second=0, microsecond=0)
    at = run("st.session_state.out = st.time_input('t')")
    after = dt.datetime.now()
    value = at.session_state.out
    assert value.second == 0 and value.microsecond == 0
    assert before.time() <= value <= after.time() or after.date() != before.date()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.time_input('t', step=30)", "`step` must be between 60 seconds and 23 hours but is currently set to 30 seconds."),
        ("st.time_input('t', step=dt.timedelta(hours=24))",
         "`step` must be between 60 seconds and 23 hours but is currently set to 0 seconds."),
        ("st.time_input('t', step=1.5)", "`step` can only be `int` or `timedelta` but <class 'float'> is provided."),
        ("st.time_input('t', '10:00')", "The type of value should be one of datetime, time or None"),
    ],
)
def test_time_input_errors(call, message):
    assert run(call).exception[0].message == message


def test_color_picker_default_pick_and_validation():
    at = run("st.session_state.a = st.color_picker('a')\nst.session_state.b = st.color_picker('b', '#0af')")
    assert (at.session_state.a, at.session_state.b) == ("#000000", "#0af")
    at.color_picker[0].pick("ff0000")
    at.color_picker[1].pick("#00ff00")
    at.run()
    assert (at.session_state.a, at.session_state.b) == ("#ff0000", "#00ff00")
    at = run("st.color_picker('a', 'red')")
    assert "'red' is not a valid hex code for colors. Valid ones are like" in at.exception[0].message
    at = run("st.color_picker('a', 12)")
    assert "Color Picker Value has invalid type: int. Expects a hex string" in at.exception[0].message


def test_new_widgets_in_forms_refuse_callbacks_but_not_values():
    from appwasm.delta_generator import DeltaGenerator

    form_dg = DeltaGenerator((0,), form_id="f")
    for call in (lambda: form_dg.color_picker("c", on_change=print), lambda: form_dg.pills("p", ["a"], on_change=print),
                 lambda: form_dg.date_input("d", on_change=print), lambda: form_dg.multiselect("m", [], on_change=print)):
        with pytest.raises(Exception, match="^Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks on other widgets inside a form is not allowed.$"):
            call()
    assert form_dg.color_picker("c") == "#000000"  # bare mode: the default is the value
