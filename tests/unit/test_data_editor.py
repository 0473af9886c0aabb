"""st.data_editor: Streamlit's editing state, applied each run, returned in the input's type."""

from __future__ import annotations

import pandas as pd
import pytest
from appwasm.testing import AppTest

HEADER = "import streamlit as st\nimport pandas as pd\nimport numpy as np\n"


def run(script: str) -> AppTest:
    return AppTest.from_string(HEADER + script).run()


def test_edits_reach_python_survive_reruns_and_show_in_session_state():
    at = run("df = pd.DataFrame({'name': ['a', 'b', 'c'], 'n': [1, 2, 3]})\n"
             "out = st.data_editor(df, key='ed', num_rows='dynamic')\nst.session_state.out = out\n")
    editor = at.dataframe[0]
    assert editor.node["editable"] and editor.node["num_rows"] == "dynamic"
    assert editor.node["column_config"]["_index"] == {"hidden": True}  # dynamic + RangeIndex
    editor.set_value({"edited_rows": {1: {"n": 20}}, "added_rows": [{"name": "d", "n": 4}], "deleted_rows": [0]})
    at.run()
    expected = pd.DataFrame({"name": ["b", "c", "d"], "n": [20, 3, 4]}, index=[1, 2, 3])
    pd.testing.assert_frame_equal(at.session_state.out, expected, check_dtype=False)
    assert at.session_state.ed == {"edited_rows": {1: {"n": 20}}, "added_rows": [{"name": "d", "n": 4}],
                                   "deleted_rows": [0]}
    at.run()  # a plain rerun keeps the edits
    pd.testing.assert_frame_equal(at.session_state.out, expected, check_dtype=False)
    assert at.dataframe[0].node["editing"]["edited_rows"] == {"1": {"n": 20}}


def test_returned_type_follows_the_input():
    cases = {
        "[1, 2]": [10, 2],
        "(1, 2)": (10, 2),
        "{'a': [1, 2]}": {"a": [10, 2]},
        "[{'a': 1}, {'a': 2}]": [{"a": 10}, {"a": 2}],
        "np.array([1, 2])": [10, 2],
        "pd.Series([1, 2])": [10, 2],
    }
    for data, expected in cases.items():
        at = run(f"st.session_state.out = st.data_editor({data})")
        column = "value" if data in ("[1, 2]", "(1, 2)", "np.array([1, 2])") else ("0" if "Series" in data else "a")
        at.dataframe[0].set_value({"edited_rows": {0: {column: 10}}}).run()
        out = at.session_state.out
        if hasattr(out, "tolist"):
            out = out.tolist()
        assert out == expected, data
        assert type(at.session_state.out).__name__ in (type(expected).__name__, "ndarray", "Series"), data


def test_values_are_parsed_by_column_kind():
    at = run("import datetime as dt\n"
             "df = pd.DataFrame({'f': [1.5], 'b': [True], 'd': [dt.date(2024, 1, 1)], "
             "'t': pd.to_datetime(['2024-01-01 10:00']), 's': ['x'], "
             "'z': pd.to_datetime(['2024-01-01 10:00']).tz_localize('Europe/Paris')})\n"
             "st.session_state.out = st.data_editor(df)\n")
    at.dataframe[0].set_value({"edited_rows": {0: {"f": "2.25", "b": False, "d": "2024-02-03",
                                                    "t": "2024-05-06T07:08:09", "s": 12,
                                                    "z": "2024-05-06T07:08:09Z"}}}).run()
    row = at.session_state.out.iloc[0]
    import datetime as dt

    assert row["f"] == 2.25 and row["b"] is False or row["b"] == False  # noqa: E712
    assert row["d"] == dt.date(2024, 2, 3)
    assert row["t"] == pd.Timestamp("2024-05-06 07:08:09")
    assert row["s"] == "12"
    assert row["z"] == pd.Timestamp("2024-05-06 09:08:09", tz="Europe/Paris")


def test_new_data_starts_a_new_editor():
    at = run("n = st.session_state.get('n', 2)\nst.session_state.out = st.data_editor(list(range(n)))\n")
    at.dataframe[0].set_value({"edited_rows": {0: {"value": 7}}}).run()
    assert at.session_state.out == [7, 1]
    at.session_state.n = 3
    at.run()
    assert at.session_state.out == [0, 1, 2]


def test_errors_match_streamlit():
    at = run("st.data_editor(pd.DataFrame([[1, 2]], columns=['a', 'a']))")
    assert "The following column names are duplicated: ['a']" in at.exception[0].message
    at = run("st.data_editor(pd.DataFrame({'_index': [1]}))")
    assert "The column name '_index' is reserved" in at.exception[0].message
    at = run("st.data_editor(pd.DataFrame({'a': ['x']}), column_config={'a': st.column_config.NumberColumn()})")
    assert "The configured column type `number` for column `a` is not compatible for editing" not in (
        at.exception[0].message if at.exception else "")
    at = run("st.data_editor(pd.DataFrame({'a': [1.5]}), column_config={'a': st.column_config.CheckboxColumn()})")
    assert "The configured column type `checkbox` for column `a` is not compatible" in at.exception[0].message
    at = run("st.data_editor(object())")
    assert "The data type (object) or format is not supported by the data editor." in at.exception[0].message
    at = run("st.data_editor(pd.DataFrame({'a': [1]}), key='k')\nst.session_state.k = {}\n")
    assert at.exception


def test_disabled_and_mixed_columns_are_marked():
    at = run("df = pd.DataFrame({'a': [1, 'x'], 'b': [1, 2], 'c': [3, 4]})\n"
             "st.data_editor(df, disabled=['b'])\nst.data_editor(df.iloc[:, 1:], disabled=True)\n")
    config = at.dataframe[0].node["column_config"]
    assert config["a"] == {"disabled": True} and config["b"] == {"disabled": True}
    assert at.dataframe[1].node["disabled"] is True


def test_two_editors_on_the_same_data_need_keys():
    at = run("st.data_editor([1])\nst.data_editor([1])\n")
    assert "multiple `data_editor` elements with the same auto-generated ID" in at.exception[0].message


@pytest.mark.parametrize("lite", [False, True])
def test_plain_data_is_edited_the_same_with_and_without_pandas(lite, monkeypatch):
    from appwasm.frames import convert

    monkeypatch.setattr(convert, "FORCE_LITE", lite)
    cases = [
        ("[1, 2, 3]", {"edited_rows": {0: {"value": 10}}, "deleted_rows": [1], "added_rows": [{"value": 7}]}, [10, 3, 7]),
        ("(1, 2)", {"edited_rows": {1: {"value": 5}}}, (1, 5)),
        ("{'a': [1, 2], 'b': ['x', 'y']}", {"edited_rows": {0: {"b": "z"}}, "added_rows": [{"a": 3}]},
         {"a": [1, 2, 3], "b": ["z", "y", None]}),
        ("[{'a': 1, 'b': 'x'}, {'a': 2}]", {"deleted_rows": [0]}, [{"a": 2, "b": None}]),
        ("[[1, 'x'], [2, 'y']]", {"edited_rows": {1: {"1": "w"}}}, [[1, "x"], [2, "w"]]),
        ("{'k1': 1, 'k2': 2}", {"edited_rows": {1: {"value": 20}}, "added_rows": [{"_index": "k3", "value": 3}]},
         {"k1": 1, "k2": 20, "k3": 3}),
        ("{'a': {'r1': 1, 'r2': 2}}", {"edited_rows": {0: {"a": 5}}}, {"a": {"r1": 5, "r2": 2}}),
    ]
    for data, state, expected in cases:
        at = AppTest.from_string(f"import streamlit as st\nst.session_state.out = st.data_editor({data}, num_rows='dynamic')").run()
        at.dataframe[0].set_value(state).run()
        out = at.session_state.out
        if isinstance(expected, dict) and expected and isinstance(next(iter(expected.values())), list):
            out = {k: [None if v != v else v for v in vs] for k, vs in out.items()}  # pandas NaN -> None
        assert out == expected, (data, lite)
        assert type(out) is type(expected), data
