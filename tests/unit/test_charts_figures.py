"""st.pyplot, st.plotly_chart, st.graphviz_chart and st.map on CPython (AppTest)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from appwasm.testing.v1 import AppTest

pytest.importorskip("pandas")

FIGURES = Path(__file__).parents[1] / "e2e" / "apps" / "charts_figures"


def run(body: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\nimport pandas as pd\n" + body).run()


def test_pyplot_sends_png_bytes_and_clears_the_figure():
    pytest.importorskip("matplotlib")
    at = run("""
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(2, 1))
ax.plot([1, 2])
st.pyplot(fig)
st.write(str(len(fig.axes)))
plt.plot([3, 4])
st.pyplot(dpi=50, use_container_width=False)
st.write(str(len(plt.gcf().axes)))
""")
    assert not at.exception
    first, second = [el for el in at.main if el.type == "pyplot"]
    png = first.value
    assert png.startswith(b"\x89PNG")
    # 200 dpi by default, tight bounding box: a 2x1 inch figure is about 400 px wide.
    assert 300 < first.node["width"] < 420 and first.node["use_container_width"] is True
    assert at.markdown[0].value == "1"  # clear_figure=None keeps an explicit figure
    assert second.node["width"] < 120 and second.node["use_container_width"] is False
    assert at.markdown[1].value == "0"  # the global figure is cleared
    # Figures of the same size but other pixels are different nodes (the PNG is not in the JSON).
    assert len(first.node["digest"]) == 32 and first.node["digest"] != second.node["digest"]


def test_plotly_figure_json_and_errors():
    plotly_io = pytest.importorskip("plotly.io")
    go = pytest.importorskip("plotly.graph_objects")
    at = run("""
import plotly.graph_objects as go
st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), use_container_width=True, theme=None,
                config={"displayModeBar": False})
""")
    chart = at.get("plotly_chart")[0]
    assert chart.spec == json.loads(plotly_io.to_json(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), validate=False))
    assert chart.config == {"displayModeBar": False, "showLink": False, "linkText": False}
    assert chart.node["use_container_width"] is True and chart.node["theme"] == ""
    bad = run("st.plotly_chart({'data': []}, theme='dark')")
    assert "Streamlit charts only support theme=”streamlit” or theme=None" in bad.exception[0].message
    bad = run("st.plotly_chart({'data': [{'type': 'bar', 'y': [1]}]}, on_select='rerun', selection_mode='circle')")
    assert bad.exception[0].message.startswith("Invalid selection mode: circle. Valid options are:")


def test_plotly_dict_without_plotly_and_selection_state(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_plotly(name, *args, **kwargs):
        if name.startswith("plotly"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_plotly)
    at = run("""
ev = st.plotly_chart({"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4]}]}, on_select="rerun", key="p")
st.write(str(ev.selection.point_indices))
""")
    assert not at.exception
    chart = at.get("plotly_chart")[0]
    assert chart.spec == {"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4]}]}
    assert chart.node["selection_mode"] == ["box", "lasso", "points"]
    assert at.markdown[0].value == "[]"
    assert at.session_state["p"]["selection"] == {"points": [], "point_indices": [], "box": [], "lasso": []}
    state = {"selection": {"points": [{"curve_number": 0, "point_number": 1, "point_index": 1, "x": 2, "y": 4}],
                           "point_indices": [1], "box": [], "lasso": []}}
    chart.set_value(state)
    at.run()
    assert at.markdown[0].value == "[1]"


def test_graphviz_chart():
    at = run("st.graphviz_chart('digraph { a -> b }', use_container_width=True)")
    graph = at.get("graphviz_chart")[0]
    assert graph.value == "digraph { a -> b }" and graph.engine == "dot"
    assert graph.node["use_container_width"] is True
    bad = run("st.graphviz_chart(42)")
    assert bad.exception[0].message == "Unhandled type for graphviz chart: <class 'int'>"


def test_map_detects_columns_and_fits_the_zoom():
    at = run("""
st.map(pd.DataFrame({"LAT": [10.0, 11.0], "lon": [20.0, 20.5], "extra": [1, 2]}))
st.map(pd.DataFrame({"y": [0.0, 0.01], "x": [0.0, 0.01], "c": ["#ff0000", "#00ff0080"], "r": [50, 5000]}),
       latitude="y", longitude="x", color="c", size="r", zoom=4, use_container_width=False, height=300)
st.map()
""")
    assert not at.exception
    first, second, empty = at.get("deck_gl_json_chart")
    spec = first.spec
    assert spec["projection"]["center"] == [20.25, 10.5]
    assert spec["projection"]["scale"] == pytest.approx(512 * 2 ** 8 / (2 * math.pi))  # 1 degree -> zoom 8
    points = spec["layer"][1]
    assert points["encoding"]["latitude"]["field"] == "LAT"
    assert points["encoding"]["color"] == {"value": "rgba(200, 30, 0, 0.627)"}
    assert spec["datasets"][points["data"]["name"]] == [{"LAT": 10.0, "lon": 20.0}, {"LAT": 11.0, "lon": 20.5}]
    assert spec["layer"][0]["data"] == {"name": "__basemap__"}
    two = second.spec
    assert two["height"] == 300 and second.use_container_width is False
    assert two["projection"]["scale"] == pytest.approx(512 * 16 / (2 * math.pi))
    records = two["datasets"][two["layer"][1]["data"]["name"]]
    assert [r["__appwasm_color__"] for r in records] == ["rgba(255, 0, 0, 1.0)", "rgba(0, 255, 0, 0.502)"]
    assert "datum[\"r\"]" in two["layer"][1]["transform"][0]["calculate"]
    assert empty.spec["projection"]["center"] == [0.0, 0.0] and len(empty.spec["layer"]) == 1


def test_map_errors():
    bad = run("st.map(pd.DataFrame({'a': [1], 'lon': [2]}))")
    assert bad.exception[0].message == (
        "Map data must contain a latitude column named: 'LAT', 'LATITUDE', 'lat', 'latitude'. "
        "Existing columns: 'a', 'lon'")
    bad = run("st.map(pd.DataFrame({'lat': [1, None], 'lon': [2, 3]}))")
    assert bad.exception[0].message == (
        "Column lat is not allowed to contain null values, such as NaN, NaT, or None.")
    bad = run("st.map(pd.DataFrame({'lat': [1], 'lon': [2], 'c': ['red']}), color='c')")
    assert bad.exception[0].message == 'Column "c" does not appear to contain valid colors.'


def test_figures_replayed_in_the_browser_are_current():
    pytest.importorskip("altair")
    pytest.importorskip("plotly")
    pytest.importorskip("matplotlib")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_figures", FIGURES / "make_figures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    vega_spec, plotly_spec, png = module.produce()
    committed = json.loads((FIGURES / "figures.json").read_text())
    fresh = json.loads(json.dumps({"altair": vega_spec, "plotly": plotly_spec}))
    # The libraries' versions may change the schema URL and plotly's default template; the
    # chart itself (encodings, data, traces, title) must be what the code produces now.
    for spec in (committed["altair"], fresh["altair"]):
        spec.pop("$schema")
    assert committed["altair"] == fresh["altair"]
    assert committed["plotly"]["data"] == fresh["plotly"]["data"]
    assert committed["plotly"]["layout"]["title"] == fresh["plotly"]["layout"]["title"]
    assert png[:8] == (FIGURES / "pyplot.png").read_bytes()[:8]
