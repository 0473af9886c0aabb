"""Vega chart mechanics on CPython: frames instead of JSON rows, add_rows, selections."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from appwasm.frames.transport import FAMILY_KEY
from appwasm.testing.v1 import AppTest

pd = pytest.importorskip("pandas")


def run(body: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\nimport pandas as pd\n" + body).run()


def frames_sent(at: AppTest) -> int:
    return at._session.family_state[FAMILY_KEY].sent_count


def test_data_travels_as_frames_not_json_rows():
    at = run("st.line_chart(pd.DataFrame({'a': list(range(1000))}))")
    node = at.get("arrow_vega_lite_chart")[0].node
    assert "datasets" not in json.loads(node["spec"]) and "values" not in node["spec"]
    assert node["datasets"][0]["frames"][0]["num_rows"] == 1000
    assert json.loads(node["spec"])["data"] == {"name": node["datasets"][0]["name"]}


def test_add_rows_sends_only_the_new_rows_and_continues_the_index():
    at = run("""
chart = st.line_chart(pd.DataFrame({"a": [1, 2], "b": [3, 4]}))
chart.add_rows(pd.DataFrame({"a": [5], "b": [6]}))
chart.add_rows(pd.DataFrame({"a": [7], "b": [8]}))
""")
    chart = at.get("arrow_vega_lite_chart")[0]
    assert len(chart.node["datasets"][0]["frames"]) == 3
    assert frames_sent(at) == 3  # one frame per call, nothing resent
    df = list(chart.datasets.values())[0]
    # Melted like the first rows; the RangeIndex (the x axis) goes on from where it stopped.
    assert df["index--p5bJXXpQgvPz6yvQMFiy"].tolist() == [0, 1, 0, 1, 2, 2, 3, 3]
    assert df["color--p5bJXXpQgvPz6yvQMFiy"].tolist() == ["a", "a", "b", "b", "a", "b", "a", "b"]
    assert df["value--p5bJXXpQgvPz6yvQMFiy"].tolist() == [1, 2, 3, 4, 5, 6, 7, 8]
    # A rerun sends nothing the renderer already holds.
    at.run()
    assert frames_sent(at) == 3


def test_add_rows_on_an_empty_chart_draws_it_from_the_new_rows():
    at = run("""
chart = st.bar_chart()
chart.add_rows(pd.DataFrame({"n": [3, 1]}))
""")
    charts = at.get("arrow_vega_lite_chart")
    assert len(charts) == 1
    spec = charts[0].spec
    assert spec["mark"] == {"type": "bar"} and spec["encoding"]["y"]["field"] == "n"


def test_add_rows_to_vega_lite_chart_data():
    at = run("""
c = st.vega_lite_chart(pd.DataFrame({"x": [1]}), {"mark": "point", "encoding": {"x": {"field": "x"}}})
c.add_rows(pd.DataFrame({"x": [2, 3]}))
""")
    chart = at.get("arrow_vega_lite_chart")[0]
    assert chart.spec["data"] == {"values": [{"x": 1}, {"x": 2}, {"x": 3}]}


def test_vega_lite_spec_only_and_keyword_channels():
    at = run("""
st.vega_lite_chart({"data": {"values": [{"a": 1}]}, "mark": "tick"})
st.vega_lite_chart(pd.DataFrame({"a": [1]}), mark="point", x_field="a", x_type="quantitative", width=100)
st.vega_lite_chart({"data": {"url": "https://example.com/d.csv"}, "mark": "point"})
""")
    first, second, third = at.get("arrow_vega_lite_chart")
    assert first.spec == {"mark": "tick", "autosize": {"type": "fit", "contains": "padding"},
                          "data": {"values": [{"a": 1}]}}
    assert second.spec["encoding"] == {"x": {"field": "a", "type": "quantitative"}} and second.spec["width"] == 100
    # A URL stays in the spec (as in Streamlit); the renderer's loader refuses to fetch it.
    assert third.spec["data"] == {"url": "https://example.com/d.csv"}


def test_selection_state_reaches_python_and_is_read_only():
    at = run("""
spec = {"mark": "point", "params": [{"name": "pick", "select": "point"}, {"name": "box", "select": "interval"}],
        "encoding": {"x": {"field": "a", "type": "quantitative"}}}
ev = st.vega_lite_chart(pd.DataFrame({"a": [1, 2]}), spec, on_select="rerun", key="chart")
st.write(json.dumps(ev))
""".replace("spec =", "import json\nspec ="))
    chart = at.get("arrow_vega_lite_chart")[0]
    assert chart.selection_mode == ["box", "pick"]
    assert json.loads(at.markdown[0].value) == {"selection": {"box": {}, "pick": {}}}
    chart.set_value({"selection": {"pick": [{"_vgsid_": 2}]}})
    at.run()
    assert json.loads(at.markdown[0].value) == {"selection": {"pick": [{"_vgsid_": 2}]}}
    assert at.session_state["chart"].selection.pick == [{"_vgsid_": 2}]
    bad = AppTest.from_string("""
import streamlit as st
st.session_state.chart = {}
st.vega_lite_chart({"mark": "point", "params": [{"name": "p", "select": "point"}], "encoding": {}},
                   on_select="rerun", key="chart")
""").run()
    assert bad.exception[0].message == "Values for the widget with `key` 'chart' cannot be set using `st.session_state`."


def test_selection_callback_runs_before_the_script():
    at = run("""
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
spec = {"mark": "point", "params": [{"name": "p", "select": "point"}], "encoding": {"x": {"field": "a"}}}
st.vega_lite_chart(pd.DataFrame({"a": [1]}), spec, on_select=changed, key="c")
st.write(str(st.session_state.get("calls", 0)))
""")
    at.get("arrow_vega_lite_chart")[0].set_value({"selection": {"p": [{"_vgsid_": 1}]}})
    at.run()
    assert at.markdown[0].value == "1"


def test_altair_chart_data_becomes_frames():
    pytest.importorskip("altair")
    at = run("""
import altair as alt
df = pd.DataFrame({"x": [1, 2], "y": [3, 4]})
st.altair_chart(alt.Chart(df).mark_line().encode(x="x", y="y"), use_container_width=True, theme=None)
""")
    chart = at.get("arrow_vega_lite_chart")[0]
    name = json.loads(chart.node["spec"])["data"]["name"]
    assert [d["name"] for d in chart.node["datasets"]] == [name]
    assert chart.spec["datasets"][name] == [{"x": 1, "y": 3}, {"x": 2, "y": 4}]
    assert chart.theme == "" and chart.use_container_width is True


def test_builtin_charts_import_no_plotting_library():
    script = (
        "import sys\n"
        "from appwasm.testing.v1 import AppTest\n"
        "at = AppTest.from_string('import streamlit as st\\nst.bar_chart({\"a\": [1, 2]})\\nst.map()').run()\n"
        "assert not at.exception, at.exception\n"
        "print(sorted(m for m in ('altair', 'plotly', 'matplotlib') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_builtin_chart_without_pandas_says_so():
    script = (
        "import builtins, sys\n"
        "real = builtins.__import__\n"
        "def guarded(name, *args, **kwargs):\n"
        "    if name.split('.')[0] in ('pandas', 'numpy', 'pyarrow'):\n"
        "        raise ImportError(name)\n"
        "    return real(name, *args, **kwargs)\n"
        "builtins.__import__ = guarded\n"
        "from appwasm.testing.v1 import AppTest\n"
        "at = AppTest.from_string('import streamlit as st\\nst.area_chart([1, 2])').run()\n"
        "print(at.exception[0].message)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == [
        "`st.area_chart` needs pandas, which this app's site does not include. Add `pandas` to the app's "
        "requirements (or `import pandas` in the app) and build it again.",
    ]
