"""Public st commands of the 'charts' family."""

from appwasm.elements.charts.commands import area_chart, bar_chart, line_chart, scatter_chart
from appwasm.elements.charts.figures import graphviz_chart, plotly_chart, pyplot
from appwasm.elements.charts.map import map  # noqa: A004 - Streamlit's name
from appwasm.elements.charts.vega import altair_chart, vega_lite_chart

__all__: list[str] = [
    "altair_chart", "area_chart", "bar_chart", "graphviz_chart", "line_chart", "map", "plotly_chart", "pyplot",
    "scatter_chart", "vega_lite_chart",
]
