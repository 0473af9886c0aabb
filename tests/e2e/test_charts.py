"""The charts family in real Chromium with real Pyodide 0.29.0, numpy and pandas.

One page load covers the built-in charts (SVG marks from data sent as frames), a selection
on a Vega chart reaching Python, add_rows, the map over the bundled basemap, accessibility
(descriptions on the SVGs) and the absence of foreign requests. A second page replays
Altair, plotly and pyplot output made on CPython (apps/charts_figures) plus Graphviz; a third
shows that a page without charts downloads no chart chunk.
"""

from __future__ import annotations

import pytest

from tests.e2e.pyodide_pandas import pandas_pyodide_dist

pytestmark = pytest.mark.pandas_wasm


@pytest.fixture(scope="session")
def pandas_dist() -> str:
    return str(pandas_pyodide_dist())


def chart(page, index: int):
    return page.locator(".aw-chart").nth(index)


def marks(page, index: int, selector: str) -> int:
    return chart(page, index).locator(selector).count()


def test_builtin_charts_selection_add_rows_and_map(open_app, pandas_dist):
    app = open_app("charts_builtin.py", "--pyodide-dist", pandas_dist)
    page = app.page
    page.get_by_text("charts done").wait_for()
    # Each chart draws an SVG with marks; Vega's aria output plus our description label it.
    svgs = page.locator(".aw-chart svg.marks")
    svgs.nth(6).wait_for(timeout=30_000)
    assert svgs.count() == 7
    figures = page.locator('.aw-chart [role="graphics-document"]')
    labels = [figures.nth(i).get_attribute("aria-label") for i in range(7)]
    assert labels == ["Line chart of value by index", "Area chart of value by step", "Bar chart of fruit by n",
                      "Scatter chart of y by x", "Bar chart of v by k", "Scatter chart of y by index",
                      "Map of 3 points"]
    assert marks(page, 0, ".mark-line.role-mark path") == 2  # a and b, melted into two series
    assert marks(page, 1, ".mark-area.role-mark path") == 2
    assert marks(page, 2, ".mark-rect.role-mark path") == 3
    assert marks(page, 3, ".mark-symbol.role-mark path") == 3
    # The streamlit theme's categorical palette colors the two series.
    fills = {chart(page, 3).locator(".mark-symbol.role-mark path").nth(i).get_attribute("fill") for i in range(3)}
    assert fills == {"#0068c9", "#83c9ff"}

    # A click on the second bar selects it; Python gets Streamlit's point selection.
    chart(page, 4).locator(".mark-rect.role-mark path").nth(1).click()
    page.get_by_text("Picked: [{'k': 'B'}]").wait_for()
    app.wait_idle()

    # add_rows appends two points to the scatter chart (only the new rows are sent).
    assert marks(page, 5, ".mark-symbol.role-mark path") == 2
    page.get_by_role("button", name="Add rows").click()
    page.wait_for_function("() => document.querySelectorAll('.aw-chart')[5].querySelectorAll('.mark-symbol.role-mark path').length === 4")
    app.wait_idle()

    # The map: country shapes from the bundled basemap, three points over them.
    assert marks(page, 6, ".mark-shape.role-mark path") > 100
    assert marks(page, 6, ".mark-symbol.role-mark path") == 3
    # Vega, Vega-Lite, the basemap: all from the site itself.
    # Charts that fill their container follow its width; the theme follows the color scheme.
    line_svg = chart(page, 0).locator("svg.marks")
    wide = float(line_svg.get_attribute("width"))
    page.set_viewport_size({"width": 640, "height": 900})
    page.wait_for_function(
        f"() => parseFloat(document.querySelector('.aw-chart svg.marks').getAttribute('width')) < {wide - 50}")
    page.emulate_media(color_scheme="dark")
    page.wait_for_function(
        "() => getComputedStyle(document.querySelector('.aw-chart svg.marks')).backgroundColor === 'rgb(14, 17, 23)'")
    assert app.foreign_requests() == []
    assert any("VegaChart" in u for u in app.requests)
    assert any("basemap" in u for u in app.requests)
    assert app.errors == []


def test_altair_plotly_pyplot_graphviz_render(open_app, pandas_dist):
    app = open_app("charts_figures", "--pyodide-dist", pandas_dist)
    page = app.page
    page.get_by_text("figures done").wait_for()
    # Altair's spec (made on CPython) with its data as a frame: three bars.
    chart(page, 0).locator(".mark-rect.role-mark path").nth(2).wait_for(timeout=30_000)
    assert marks(page, 0, ".mark-rect.role-mark path") == 3
    # plotly.js draws the figure's four markers.
    page.locator('[data-testid="stPlotlyChart"] .scatterlayer .point').nth(3).wait_for(timeout=30_000)
    assert page.locator('[data-testid="stPlotlyChart"] .scatterlayer .point').count() == 4
    assert page.get_by_role("figure", name="Plotly chart: Plotly points").count() == 1
    # The pyplot PNG arrives as a buffer and shows as an image.
    image = page.get_by_role("img", name="Matplotlib figure")
    image.wait_for()
    assert page.evaluate("() => document.querySelector('img.aw-pyplot').naturalWidth") > 100
    # Graphviz (wasm) lays out the graph: three nodes, two edges.
    graph = page.locator(".aw-graphviz svg")
    graph.wait_for(timeout=30_000)
    assert graph.locator("g.node").count() == 3
    assert graph.locator("g.edge").count() == 2
    assert app.foreign_requests() == []
    assert app.errors == []


def test_page_without_charts_loads_no_chart_chunk(open_app):
    app = open_app("basics.py")
    app.wait_idle()
    chunks = [u for u in app.requests if "/chunks/" in u]
    assert not [u for u in chunks if any(n in u for n in ("VegaChart", "PlotlyChart", "GraphvizChart", "basemap"))]
