"""st.pyplot, st.plotly_chart and st.graphviz_chart (Streamlit 1.40's signatures).

- pyplot renders the figure to PNG in Python with matplotlib (Streamlit's savefig defaults)
  and sends the bytes as the delta's buffer, never base64.
- plotly_chart sends the figure's JSON (plotly.io.to_json); plotly.js draws it in a lazy
  chunk. A plain figure dict ({"data": [...], "layout": {...}}) works without the plotly
  package, which has no wheel for the browser here.
- graphviz_chart sends DOT source; Graphviz (wasm) lays it out in the renderer.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
from collections.abc import Callable, Iterable
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.charts.vega import check_on_select, check_theme, selection_widget
from appwasm.elements.data.arrow import AttributeDictionary
from appwasm.errors import StreamlitAPIException

_PLOTLY_SELECTION_MODES = {"points", "box", "lasso"}


def _png_size(png: bytes) -> tuple[int, int]:
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise StreamlitAPIException("st.pyplot needs PNG output (savefig format='png').")
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)


@dg_command
def pyplot(dg: DeltaGenerator, fig: Any = None, clear_figure: bool | None = None, use_container_width: bool = True,
           **kwargs: Any) -> DeltaGenerator:
    """Display a matplotlib.pyplot figure (rendered to PNG at 200 dpi, tight bounding box).

    Without `fig`, the global pyplot figure is drawn and then cleared (`clear_figure`
    defaults to True then); `kwargs` go to `savefig`.
    """
    try:
        import matplotlib.pyplot as plt

        plt.ioff()
    except ImportError as exc:
        raise ImportError("pyplot() command requires matplotlib") from exc
    if not fig:
        if clear_figure is None:
            clear_figure = True
        fig = plt
    defaults = {"bbox_inches": "tight", "dpi": 200, "format": "png"}
    kwargs.update({name: kwargs.get(name, value) for name, value in defaults.items()})
    image = io.BytesIO()
    fig.savefig(image, **kwargs)
    png = image.getvalue()
    width, height = _png_size(png)
    if clear_figure:
        fig.clf()
    node = {"type": "pyplot", "width": width, "height": height, "use_container_width": bool(use_container_width),
            "digest": hashlib.md5(png, usedforsecurity=False).hexdigest()}
    return dg._enqueue_element(node, [png])


# ---------------------------------------------------------------- plotly

def _plotly_json(figure_or_data: Any) -> str:
    try:
        import plotly.io
        import plotly.tools
    except ImportError:
        # No plotly package (as in the browser): a figure as plain JSON-able data still works.
        if isinstance(figure_or_data, dict) and "data" in figure_or_data:
            return json.dumps(figure_or_data, default=str)
        if isinstance(figure_or_data, list):
            return json.dumps({"data": figure_or_data, "layout": {}}, default=str)
        raise
    if any(f"{c.__module__}.{c.__qualname__}" == "matplotlib.figure.Figure" for c in type(figure_or_data).__mro__):
        figure = plotly.tools.mpl_to_plotly(figure_or_data)
    else:
        figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    return str(plotly.io.to_json(figure, validate=False))


def _plotly_modes(selection_mode: Any) -> list[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= _PLOTLY_SELECTION_MODES:
        raise StreamlitAPIException(
            f"Invalid selection mode: {selection_mode}. Valid options are: {_PLOTLY_SELECTION_MODES}"
        )
    return sorted(modes)


def _plotly_state(wire: Any) -> AttributeDictionary:
    state = json.loads(wire) if isinstance(wire, str) else wire
    if not isinstance(state, dict) or "selection" not in state:
        state = {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    return AttributeDictionary({**state, "selection": AttributeDictionary(state["selection"])})


@dg_command
def plotly_chart(dg: DeltaGenerator, figure_or_data: Any, use_container_width: bool = False, *,
                 theme: str | None = "streamlit", key: Any = None, on_select: str | Callable[..., Any] = "ignore",
                 selection_mode: str | Iterable[str] = ("points", "box", "lasso"), **kwargs: Any) -> Any:
    """Display an interactive Plotly chart (a Figure, figure data, a figure dict, or a matplotlib figure).

    With `on_select` ("rerun" or a callable) this returns the selection state
    (`event.selection.points`, `.point_indices`, `.box`, `.lasso`); otherwise the element.
    """
    check_theme(theme)
    check_on_select(on_select)
    widget = selection_widget(dg, "plotly_chart", key, on_select)
    config = dict(kwargs.get("config", {}))
    config.setdefault("showLink", kwargs.get("show_link", False))
    config.setdefault("linkText", kwargs.get("link_text", False))
    spec = _plotly_json(figure_or_data)
    node: dict[str, Any] = {
        "type": "plotly_chart", "spec": spec, "config": json.dumps(config),
        "use_container_width": bool(use_container_width), "theme": theme or "", "id": "", "form_id": dg.form_id,
        "selection_mode": [],
    }
    if widget is None:
        return dg._enqueue_element(node)
    modes = _plotly_modes(selection_mode)
    registered = widget.register(
        default=_plotly_state(None),
        identity_params={"spec": spec, "config": node["config"], "selection_mode": modes, "theme": theme,
                         "use_container_width": use_container_width},
        serialize=lambda v: json.loads(json.dumps(v, default=str)), deserialize=_plotly_state,
        settable_by_state=False,
    )
    node.update(id=widget.id, selection_mode=modes)
    dg._enqueue_element(node)
    return registered.value


# ---------------------------------------------------------------- graphviz

@dg_command
def graphviz_chart(dg: DeltaGenerator, figure_or_dot: Any, use_container_width: bool = False) -> DeltaGenerator:
    """Display a graph from a graphviz Graph/Digraph or a DOT string (laid out in the browser)."""
    names = {f"{c.__module__}.{c.__qualname__}" for c in type(figure_or_dot).__mro__}
    if names & {"graphviz.dot.Graph", "graphviz.dot.Digraph", "graphviz.graphs.Graph", "graphviz.graphs.Digraph",
                "graphviz.sources.Source"}:
        dot, engine = figure_or_dot.source, figure_or_dot.engine
    elif isinstance(figure_or_dot, str):
        dot, engine = figure_or_dot, "dot"
    else:
        raise StreamlitAPIException(f"Unhandled type for graphviz chart: {type(figure_or_dot)}")
    element_id = hashlib.sha1(f"{dot}\0{engine}\0{use_container_width}".encode()).hexdigest()
    node = {"type": "graphviz_chart", "spec": dot, "engine": engine,
            "use_container_width": bool(use_container_width), "element_id": element_id}
    return dg._enqueue_element(node)
