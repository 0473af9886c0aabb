"""AppTest element classes of the 'charts' family (registered with element_tree.register_element_class).

Streamlit's AppTest shows charts only as UnknownElement with `.proto`; here each chart has a
class whose `.spec` (also `.value`) is the Vega-Lite spec with its data put back: named
datasets under "datasets" and inline data under "data": {"values": ...}, as lists of records
(the index is left out; timestamps become ISO strings). `.datasets` and `.data` give the same
data as pandas DataFrames. A chart with `on_select` is also a widget: `.selection` and
`set_value(state)`.
"""

from __future__ import annotations

import json
from typing import Any

from appwasm.frames.transport import archived_frame
from appwasm.testing.element_tree import Element, register_element_class


def _frames_to_df(element: Element, refs: list[dict[str, Any]]) -> Any:
    from appwasm.frames.decode import decode_frame

    frames = [archived_frame(element.root._session, ref["hash"]) for ref in refs]
    if any(f is None for f in frames):
        raise LookupError("a frame of this chart is no longer held by the session")
    return decode_frame(frames[0], frames=frames)


def records(df: Any) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts (the DataFrame's index is not part of a chart's records)."""
    return json.loads(df.to_json(orient="records", date_format="iso", default_handler=str))


class _SelectableChart(Element):
    """A chart that is a selection widget when the app passed on_select."""

    def __init__(self, node: dict[str, Any], root: Any, path: tuple[int, ...]) -> None:
        super().__init__(node, root, path)
        self.id: str = node.get("id", "")
        self._widget = root.session_state_raw.widget_spec(self.id) if self.id else None
        self.key = self._widget.key if self._widget else None

    @property
    def selection(self) -> Any:
        """The selection state (None if the chart has no on_select)."""
        return self.root.session_state_raw[self.id] if self._widget is not None else None

    def set_value(self, state: Any) -> _SelectableChart:
        """Queue a selection state ({"selection": {...}}) for the next run."""
        if self._widget is None:
            raise TypeError("this chart is not a widget (pass on_select)")
        self.root._pending[self.id] = self._widget.serialize(state)
        return self


class VegaLiteChart(_SelectableChart):
    """st.vega_lite_chart, st.altair_chart, st.line/area/bar/scatter_chart."""

    type = "arrow_vega_lite_chart"

    @property
    def datasets(self) -> dict[str, Any]:
        """Named datasets as pandas DataFrames (all add_rows chunks joined)."""
        return {d["name"]: _frames_to_df(self, d["frames"]) for d in self.node.get("datasets", [])}

    @property
    def data(self) -> Any:
        """The inline data as a pandas DataFrame, or None."""
        refs = self.node.get("data") or []
        return _frames_to_df(self, refs) if refs else None

    @property
    def spec(self) -> dict[str, Any]:
        """The Vega-Lite spec with its data back inside."""
        spec = json.loads(self.node["spec"])
        datasets = self.datasets
        if datasets:
            spec["datasets"] = {name: records(df) for name, df in datasets.items()}
        inline = self.data
        if inline is not None:
            spec["data"] = {"values": records(inline)}
        return spec

    @property
    def value(self) -> dict[str, Any]:
        return self.spec

    @property
    def use_container_width(self) -> bool:
        return bool(self.node["use_container_width"])

    @property
    def theme(self) -> str:
        return str(self.node.get("theme", ""))

    @property
    def selection_mode(self) -> list[str]:
        return list(self.node.get("selection_mode", []))


class MapChart(VegaLiteChart):
    """st.map (Streamlit's type name: "deck_gl_json_chart"); `.spec` is its Vega-Lite spec."""

    type = "deck_gl_json_chart"


class PlotlyChart(_SelectableChart):
    type = "plotly_chart"

    @property
    def spec(self) -> dict[str, Any]:
        """The figure as plotly JSON ({"data": [...], "layout": {...}})."""
        return dict(json.loads(self.node["spec"]))

    @property
    def value(self) -> dict[str, Any]:
        return self.spec

    @property
    def config(self) -> dict[str, Any]:
        return dict(json.loads(self.node["config"]))


class Pyplot(Element):
    type = "pyplot"

    @property
    def value(self) -> bytes:
        """The PNG bytes."""
        buffers = self.node.get("_buffers") or []
        return bytes(buffers[0]) if buffers else b""


class GraphvizChart(Element):
    type = "graphviz_chart"

    @property
    def value(self) -> str:
        """The DOT source."""
        return str(self.node["spec"])

    @property
    def engine(self) -> str:
        return str(self.node["engine"])


register_element_class("arrow_vega_lite_chart", VegaLiteChart, accessor="vega_lite_chart")
register_element_class("deck_gl_json_chart", MapChart, accessor="map")
register_element_class("plotly_chart", PlotlyChart)
register_element_class("pyplot", Pyplot)
register_element_class("graphviz_chart", GraphvizChart)
