"""Element payloads of the 'charts' family (see elements/__init__.py).

Chart data never travels inside a spec: a Vega chart names its frames (FrameRef) as inline
data and named datasets, each a list of chunks (add_rows appends one); the frames themselves
arrive as FrameMessages. Binary images (st.pyplot) come as the delta's buffers.
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from appwasm.protocol.frames import FrameRef


class ChartDataset(TypedDict):
    name: str
    frames: list[FrameRef]


class VegaChartFields(TypedDict):
    """What every Vega-Lite chart element carries (a selection widget when `id` is set; its
    value is {"selection": {param: ...}} as Streamlit's)."""

    spec: str  # Vega-Lite JSON without data
    data: list[FrameRef]  # inline data chunks (may be empty)
    datasets: list[ChartDataset]
    use_container_width: bool
    theme: Literal["streamlit", ""]
    id: str
    form_id: str
    selection_mode: list[str]


class VegaLiteChartNode(VegaChartFields):
    """st.vega_lite_chart, st.altair_chart and the built-in charts (line, area, bar, scatter)."""

    type: Literal["arrow_vega_lite_chart"]


class MapNode(VegaChartFields):
    """st.map: points drawn with Vega-Lite over the bundled world basemap (no tiles, no requests);
    the renderer supplies the data of the layer named "__basemap__"."""

    type: Literal["deck_gl_json_chart"]


class PlotlySelection(TypedDict):
    points: list[dict[str, Any]]
    point_indices: list[int]
    box: list[dict[str, Any]]
    lasso: list[dict[str, Any]]


class PlotlyChartNode(TypedDict):
    """st.plotly_chart: the figure's JSON, drawn with plotly.js (a lazy chunk)."""

    type: Literal["plotly_chart"]
    spec: str
    config: str
    use_container_width: bool
    theme: Literal["streamlit", ""]
    id: str
    form_id: str
    selection_mode: list[Literal["points", "box", "lasso"]]


class PyplotNode(TypedDict):
    """st.pyplot: a PNG rendered by matplotlib in Python, in the delta's buffers[0]."""

    type: Literal["pyplot"]
    # Width in CSS pixels at the figure's natural size (PNG pixels / device ratio of the dpi).
    width: int
    height: int
    use_container_width: bool
    # Of the PNG: the buffer is not part of the node's JSON, so a new figure of the same size
    # must differ here to be drawn (an equal node keeps its element).
    digest: str


class GraphvizChartNode(TypedDict):
    """st.graphviz_chart: DOT source laid out by Graphviz (wasm, a lazy chunk) in the renderer."""

    type: Literal["graphviz_chart"]
    spec: str
    engine: str
    use_container_width: bool
    element_id: str


# The TypedDicts this family adds to ElementNode, and the blocks it adds to BlockNode.
NODES: list[type] = [VegaLiteChartNode, MapNode, PlotlyChartNode, PyplotNode, GraphvizChartNode]
BLOCKS: list[type] = []
