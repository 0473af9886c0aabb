"""st.dataframe, st.table, st.metric, add_rows and the frame transport, through AppTest."""

from __future__ import annotations

import pandas as pd
import pytest
from appwasm.testing import AppTest

HEADER = "import streamlit as st\nimport pandas as pd\nimport numpy as np\n"


def run(script: str) -> AppTest:
    return AppTest.from_string(HEADER + script).run()


def frames_sent(at: AppTest) -> list[dict]:
    return [m for m in at.messages if m["type"] == "frame"]


def test_dataframe_value_is_the_frame_and_table_too():
    at = run("df = pd.DataFrame({'a': [1, 2], 'b': ['x', None]}, index=['r1', 'r2'])\n"
             "st.dataframe(df)\nst.table(df)\n")
    expected = pd.DataFrame({"a": [1, 2], "b": ["x", None]}, index=["r1", "r2"])
    pd.testing.assert_frame_equal(at.dataframe[0].value, expected, check_dtype=False)
    pd.testing.assert_frame_equal(at.table[0].value, expected, check_dtype=False)
    assert at.dataframe[0].type == "arrow_data_frame" and at.table[0].type == "arrow_table"
    assert len(at.get("arrow_data_frame")) == 1
    # One frame for both elements: equal data is sent once.
    assert len(frames_sent(at)) == 1


def test_equal_frame_is_not_resent_on_rerun_and_unused_frames_are_released():
    at = run("n = st.session_state.get('n', 3)\nst.dataframe(pd.DataFrame({'x': range(n)}))\n")
    assert len(frames_sent(at)) == 1
    node_hash = at.dataframe[0].node["frames"][0]["hash"]
    at.run()
    assert frames_sent(at) == [], "a rerun with an equal frame must not resend it"
    assert at.dataframe[0].node["frames"][0]["hash"] == node_hash
    pd.testing.assert_frame_equal(at.dataframe[0].value, pd.DataFrame({"x": range(3)}), check_dtype=False)
    at.session_state.n = 4
    at.run()
    assert len(frames_sent(at)) == 1
    released = [m for m in at.messages if m["type"] == "frame_release"]
    assert released and released[0]["hashes"] == [node_hash]
    # The buffers travel beside the JSON, never inside it.
    frame = frames_sent(at)[0]
    assert frame["_buffers"] and "buffers" not in frame["schema"]


def test_accepted_inputs_and_hidden_index_defaults():
    at = run("st.dataframe([1, 2, 3])\nst.dataframe({'a': [1], 'b': [2]})\nst.dataframe(np.arange(6).reshape(3, 2))\n"
             "st.dataframe(pd.Series([1, 2], name='s'))\nst.dataframe(pd.DataFrame({'a': [1]}), hide_index=True)\n"
             "st.dataframe(None)\nimport pyarrow as pa\nst.dataframe(pa.table({'p': [1, 2]}))\n")
    configs = [d.node["column_config"] for d in at.dataframe]
    assert configs[0] == {"_index": {"hidden": True}}
    assert list(at.dataframe[0].value.columns) == ["value"]
    assert configs[1] == {"_index": {"hidden": True}}
    assert list(at.dataframe[2].value.columns) == ["0", "1"]
    assert configs[3] == {}  # a Series keeps its index visible
    assert list(at.dataframe[3].value.columns) == ["s"]
    assert configs[4] == {"_index": {"hidden": True}}
    assert at.dataframe[5].value.empty
    assert list(at.dataframe[6].value["p"]) == [1, 2]


def test_column_config_is_processed_like_streamlit():
    at = run("import streamlit.column_config as cc\n"
             "st.dataframe(pd.DataFrame({'a': [1], 'b': [2], 'c': [3]}), column_order=['c', 'a'], column_config={\n"
             "  'a': 'Alpha', 'b': None, 0: cc.NumberColumn(format='%d kg', min_value=0),\n"
             "  'c': st.column_config.ProgressColumn('Progress', max_value=10)})\n")
    node = at.dataframe[0].node
    assert node["column_order"] == ["c", "a"]
    assert node["column_config"]["a"] == {"label": "Alpha"}
    assert node["column_config"]["b"] == {"hidden": True}
    assert node["column_config"]["_pos:0"] == {"type_config": {"type": "number", "format": "%d kg", "min_value": 0}}
    assert node["column_config"]["c"]["type_config"] == {"type": "progress", "max_value": 10}
    at = run("st.dataframe(pd.DataFrame({'a': [1]}), column_config={'a': 5})")
    assert "Invalid column config for column `a`" in at.exception[0].message


def test_every_column_type_exists_with_streamlits_parameters():
    import inspect

    import appwasm.column_config as cc

    expected = {
        "Column": "label width help disabled required",
        "TextColumn": "label width help disabled required default max_chars validate",
        "NumberColumn": "label width help disabled required default format min_value max_value step",
        "CheckboxColumn": "label width help disabled required default",
        "SelectboxColumn": "label width help disabled required default options",
        "DatetimeColumn": "label width help disabled required default format min_value max_value step timezone",
        "DateColumn": "label width help disabled required default format min_value max_value step",
        "TimeColumn": "label width help disabled required default format min_value max_value step",
        "ListColumn": "label width help", "LinkColumn": "label width help disabled required default max_chars "
        "validate display_text", "ImageColumn": "label width help",
        "LineChartColumn": "label width help y_min y_max", "BarChartColumn": "label width help y_min y_max",
        "AreaChartColumn": "label width help y_min y_max",
        "ProgressColumn": "label width help format min_value max_value",
    }
    for name, params in expected.items():
        assert list(inspect.signature(getattr(cc, name)).parameters) == params.split(), name
    import datetime as dt

    cfg = cc.DatetimeColumn(min_value=dt.datetime(2024, 1, 1), step=dt.timedelta(minutes=15))
    assert cfg["type_config"]["min_value"] == "2024-01-01T00:00:00" and cfg["type_config"]["step"] == 900


def test_selection_returns_streamlits_state_and_reaches_python():
    at = run("ev = st.dataframe(pd.DataFrame({'a': [1, 2, 3]}), key='grid', on_select='rerun', "
             "selection_mode=['multi-row', 'single-column'])\nst.session_state.out = ev\n")
    ev = at.session_state.out
    assert ev == {"selection": {"rows": [], "columns": []}}
    assert ev.selection.rows == []
    assert at.dataframe[0].node["selection_mode"] == ["multi-row", "single-column"]
    at.dataframe[0].set_value({"selection": {"rows": [2, 0], "columns": ["a"]}}).run()
    assert at.session_state.out.selection.rows == [2, 0]
    assert at.session_state.grid.selection.columns == ["a"]
    with pytest.raises(Exception, match="cannot be set using `st.session_state`"):
        at.session_state.grid = {"selection": {"rows": [1]}}
        at.run()
        raise AssertionError(at.exception[0].message)


def test_selection_errors_match_streamlit():
    at = run("st.dataframe([1], on_select='bogus')")
    assert "But only 'ignore', 'rerun', or a callable is supported." in at.exception[0].message
    at = run("st.dataframe([1], on_select='rerun', selection_mode=['single-row', 'multi-row'])")
    assert "Only one of `single-row` or `multi-row` can be selected" in at.exception[0].message
    at = run("st.dataframe([1], on_select='rerun', selection_mode='cells')")
    assert "Invalid selection mode: cells" in at.exception[0].message


def test_selection_callback_runs_before_the_rerun():
    at = run("def cb():\n    st.session_state.seen = st.session_state.g.selection.rows\n"
             "st.dataframe([1, 2], key='g', on_select=cb)\n")
    at.dataframe[0].set_value({"selection": {"rows": [1], "columns": []}}).run()
    assert at.session_state.seen == [1]


def test_add_rows_appends_a_chunk_and_continues_a_range_index():
    at = run("el = st.dataframe(pd.DataFrame({'a': [1, 2]}))\nel.add_rows(pd.DataFrame({'a': [3]}))\n"
             "t = st.table(pd.DataFrame({'a': [1]}))\nt.add_rows(pd.DataFrame({'b': ['x']}))\n")
    assert len(at.dataframe[0].node["frames"]) == 2
    pd.testing.assert_frame_equal(at.dataframe[0].value, pd.DataFrame({"a": [1, 2, 3]}), check_dtype=False)
    assert "same data signature" in at.error[0].value
    at = run("st.empty().add_rows(pd.DataFrame({'a': [1]}))")
    assert "Only existing elements can `add_rows`." in at.exception[0].message
    at = run("st.dataframe([1]).add_rows(a=[1], b=[2])")
    assert "Wrong number of arguments to add_rows()" in at.exception[0].message


@pytest.mark.parametrize(
    ("args", "body", "delta", "color", "direction"),
    [
        ("'Temp', 70, 1.5", "70", "1.5", 1, 1),
        ("'Temp', '70 °F', '-1.2 °F'", "70 °F", "-1.2 °F", 0, 0),
        ("'Gas', 4, -0.5, delta_color='inverse'", "4", "-0.5", 1, 0),
        ("'Devs', 123, 123, delta_color='off'", "123", "123", 2, 1),
        ("'None', None", "—", "", 2, 2),
        ("'np', np.int64(5), np.float64(-2.5)", "5", "-2.5", 0, 0),
    ],
)
def test_metric_formats_like_streamlit(args, body, delta, color, direction):
    at = run(f"st.metric({args}, help='why')")
    m = at.metric[0]
    assert (m.value, m.delta, m.color, m.direction, m.help) == (body, delta, color, direction, "why")


def test_metric_errors_match_streamlit():
    at = run("st.metric('x', [1])")
    assert "value only accepts: int, float, str, or None" in at.exception[0].message
    at = run("st.metric('x', 1, delta_color='blue')")
    assert "delta_color only accepts: 'normal', 'inverse', or 'off'" in at.exception[0].message
    at = run("st.metric(1, 1)")
    assert "label only accepts: str" in at.exception[0].message


def test_styler_display_values_reach_the_frame():
    at = run("st.dataframe(pd.DataFrame({'a': [1.5]}).style.format('{:.2f}').set_caption('Cap'))")
    assert at.dataframe[0].node["caption"] == "Cap"
    frame = frames_sent(at)[0]["schema"]
    assert [c["role"] for c in frame["columns"]] == ["index", "data", "display"]


def test_a_first_screen_with_frames_is_not_prerendered(tmp_path, monkeypatch):
    from appwasm.prerender import PrerenderFailed, prerender

    monkeypatch.chdir(tmp_path)  # prerender() changes the working directory; this restores it

    (tmp_path / "app.py").write_text("import streamlit as st\nst.title('T')\nst.dataframe({'a': [1]})\n")
    with pytest.raises(PrerenderFailed, match="binary data"):
        prerender(str(tmp_path), "app.py")
    (tmp_path / "app.py").write_text("import streamlit as st\nst.metric('m', 1)\n")
    assert [m["node"]["type"] for m in prerender(str(tmp_path), "app.py")["messages"] if m["type"] == "delta"] == [
        "metric"]
