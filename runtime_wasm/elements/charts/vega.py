"""st.vega_lite_chart and st.altair_chart, and the element every Vega chart becomes.

A chart's data never travels inside its spec: inline data (`data`, `spec["data"]["values"]`)
and named datasets (`spec["datasets"]`, Altair's DataFrames) are encoded as frames
(appwasm.frames), sent once, and named by hash; the renderer turns the columns into Vega's
data on the main thread. With `on_select`, the chart is a widget whose value is Streamlit's
selection state ({"selection": {param: ...}}).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.data.arrow import AttributeDictionary, register_add_rows
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException
from appwasm.frames import encode_data, send_frame
from appwasm.frames.codec import EncodedFrame

# Channels that `st.vega_lite_chart(..., x_field="a")` style keywords move under "encoding".
_CHANNELS = frozenset(
    """x y x2 y2 xError xError2 yError yError2 longitude latitude color opacity fillOpacity strokeOpacity
    strokeWidth size shape text tooltip href key order detail facet row column""".split()
)
_MULTI_VIEW_KEYS = ("layer", "hconcat", "vconcat", "concat", "spec")


def check_theme(theme: Any) -> None:
    if theme not in ("streamlit", None):
        raise StreamlitAPIException(
            f'You set theme="{theme}" while Streamlit charts only support theme=”streamlit” or theme=None to '
            f"fallback to the default library theme."
        )


def check_on_select(on_select: Any) -> None:
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select} to `on_select`. But only 'ignore', 'rerun', or a callable is supported."
        )


# ---------------------------------------------------------------- spec handling

def _unflatten(flat: dict[str, Any]) -> dict[str, Any]:
    """{"x_field": "a"} -> {"encoding": {"x": {"field": "a"}}} (Streamlit's keyword form)."""
    tree: dict[str, Any] = {}
    for path, value in flat.items():
        keys = path.split("_")
        node = tree
        for key in keys[:-1]:
            node = node.setdefault(key, {})
        node[keys[-1]] = value
    return _move_channels(tree)


def _move_channels(tree: dict[str, Any]) -> dict[str, Any]:
    for key, value in list(tree.items()):
        if isinstance(value, dict):
            value = _move_channels(value)
        elif isinstance(value, list):
            value = [_move_channels(v) if isinstance(v, dict) else v for v in value]
        tree[key] = value
        if key in _CHANNELS:
            tree.setdefault("encoding", {})[key] = tree.pop(key)
    return tree


def prepare_spec(spec: dict[str, Any], use_container_width: bool, **kwargs: Any) -> dict[str, Any]:
    spec = dict(spec, **_unflatten(kwargs)) if kwargs else dict(spec)
    if not spec:
        raise StreamlitAPIException("Vega-Lite charts require a non-empty spec dict.")
    if "autosize" not in spec:
        # "fit" breaks vertical concatenations stretched to the container: those fit the width only.
        fit = "fit-x" if "vconcat" in spec and use_container_width else "fit"
        spec["autosize"] = {"type": fit, "contains": "padding"}
    return spec


def _renumber(prefix: str, text: str) -> str:
    """Altair numbers unnamed params/views with a global counter; renumber from 1 so the
    spec (and the widget id computed from it) is the same on every rerun."""
    names = list(dict.fromkeys(re.findall(rf'"{prefix}\d+"', text)))
    if not names:
        return text
    marker = "__appwasm_renumbered__"
    for number, name in enumerate(names, start=1):
        text = text.replace(name, f'"{marker}{prefix}{number}"')
    return text.replace(marker, "")


def stable_spec_json(spec: dict[str, Any]) -> str:
    text = json.dumps(spec)
    if '"params"' in text:
        text = _renumber("param_", text)
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _renumber("view_", text)
    return text


def selection_parameters(spec: dict[str, Any]) -> set[str]:
    return {p["name"] for p in spec.get("params") or [] if p.get("name") and p.get("select")}


def parse_selection_mode(spec: dict[str, Any], selection_mode: str | Iterable[str] | None) -> list[str]:
    if any(key in spec for key in _MULTI_VIEW_KEYS) or "encoding" not in spec:
        raise StreamlitAPIException(
            "Selections are not yet supported for multi-view charts (chart compositions). If you would like to use "
            "selections on multi-view charts, please upvote this "
            "[Github issue](https://github.com/streamlit/streamlit/issues/8643)."
        )
    available = selection_parameters(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any selections defined. To add "
            "selections to `st.altair_chart`, check out the documentation "
            "[here](https://altair-viz.github.io/user_guide/interactions.html#selections-capturing-chart-interactions). "
            "For adding selections to `st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in modes:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. "
                f"Available selection parameters are: {available}."
            )
    return sorted(modes)


# ---------------------------------------------------------------- data -> frames

class ChartData:
    """The frames of one chart: inline data and named datasets, each a list of chunks."""

    def __init__(self) -> None:
        self.inline: list[EncodedFrame] = []
        self.datasets: dict[str, list[EncodedFrame]] = {}

    def add_dataset(self, name: str, data: Any) -> None:
        self.datasets[str(name)] = [data if isinstance(data, EncodedFrame) else encode_data(data)]

    def take_from_spec(self, spec: dict[str, Any], data: Any) -> None:
        """Move data out of the spec (in place), as Streamlit moves it into the proto."""
        for name, dataset in (spec.pop("datasets", None) or {}).items():
            self.add_dataset(name, dataset)
        if "data" in spec:
            data_spec = spec["data"]
            if isinstance(data_spec, dict):
                if "values" in data_spec:
                    data = data_spec["values"]
                    del spec["data"]
            else:
                data = data_spec
                del spec["data"]
        if data is not None:
            self.inline = [data if isinstance(data, EncodedFrame) else encode_data(data)]

    def refs(self) -> dict[str, Any]:
        return {
            "data": [send_frame(f) for f in self.inline],
            "datasets": [{"name": name, "frames": [send_frame(f) for f in frames]}
                         for name, frames in self.datasets.items()],
        }

    def identity(self) -> list[Any]:
        return [[f.hash for f in self.inline], sorted(self.datasets)]


def altair_to_spec(chart: Any, data: ChartData) -> dict[str, Any]:
    """`chart.to_dict()` with its DataFrames turned into frames named by content hash."""
    import altair as alt

    def to_frame(df: Any) -> dict[str, str]:
        frame = encode_data(df)
        data.datasets[frame.hash] = [frame]
        return {"name": frame.hash}

    alt.data_transformers.register("appwasm_frames", to_frame)
    themes = getattr(alt, "theme", None) or alt.themes
    # Altair's default theme sets a fixed width/height that Streamlit's layout overrides.
    plain = themes.enable("none") if themes.active == "default" else nullcontext()
    with plain, alt.data_transformers.enable("appwasm_frames"):
        return dict(chart.to_dict())


# ---------------------------------------------------------------- the element

def selection_widget(dg: DeltaGenerator, kind: str, key: Any, on_select: Any) -> Widget | None:
    """The widget a chart becomes with on_select ("rerun" or a callback); None for "ignore"."""
    if on_select == "ignore":
        return None
    callback = on_select if callable(on_select) else None
    return Widget(dg, kind, "", key=key, help=None, disabled=False, on_change=callback,
                  check_form_callback=callback is not None)


def deserialize_selection(params: list[str]) -> Callable[[Any], AttributeDictionary]:
    def deserialize(wire: Any) -> AttributeDictionary:
        state = json.loads(wire) if isinstance(wire, str) else wire
        if not isinstance(state, dict) or "selection" not in state:
            state = {"selection": {param: {} for param in params}}
        return AttributeDictionary({"selection": AttributeDictionary(state["selection"]), **{
            k: v for k, v in state.items() if k != "selection"}})

    return deserialize


def serialize_selection(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def enqueue_vega_chart(dg: DeltaGenerator, spec: dict[str, Any], chart_data: ChartData, *,
                       use_container_width: bool, theme: Any, key: Any = None, on_select: Any = "ignore",
                       selection_mode: Any = None, node_type: str = "arrow_vega_lite_chart",
                       extra: dict[str, Any] | None = None,
                       add_rows: Callable[..., Callable[[DeltaGenerator, Any], DeltaGenerator]] | None = None) -> Any:
    """Post a Vega-Lite chart (spec without data + frames); a selection widget with on_select."""
    check_theme(theme)
    check_on_select(on_select)
    widget = selection_widget(dg, "arrow_vega_lite_chart", key, on_select)
    spec_json = stable_spec_json(spec)
    node: dict[str, Any] = {
        "type": node_type, "spec": spec_json, "use_container_width": bool(use_container_width),
        "theme": theme or "", "id": "", "form_id": dg.form_id, "selection_mode": [], **(extra or {}),
    }
    value = None
    if widget is not None:
        modes = parse_selection_mode(json.loads(spec_json), selection_mode)
        registered = widget.register(
            default=deserialize_selection(modes)(None),
            identity_params={"spec": spec_json, "data": chart_data.identity(), "theme": theme,
                             "use_container_width": use_container_width, "selection_mode": modes},
            serialize=serialize_selection, deserialize=deserialize_selection(modes), settable_by_state=False,
        )
        node.update(id=widget.id, selection_mode=modes)
        value = registered.value
    node.update(chart_data.refs())
    slot = dg._enqueue_element(node)
    register_add_rows(slot, (add_rows or _vega_add_rows)(node, chart_data))
    return value if widget is not None else slot


def append_frame(node: dict[str, Any], chart_data: ChartData, frame: EncodedFrame, name: str | None) -> None:
    """Add a chunk of rows to the named dataset (or the inline data), in the data and the node."""
    if name is not None and name in chart_data.datasets:
        chart_data.datasets[name].append(frame)
    elif name is None and chart_data.inline:
        chart_data.inline.append(frame)
    elif len(chart_data.datasets) == 1:
        next(iter(chart_data.datasets.values())).append(frame)
    else:
        chart_data.inline.append(frame)
    node.update(chart_data.refs())


def _vega_add_rows(node: dict[str, Any], chart_data: ChartData) -> Callable[[DeltaGenerator, Any], DeltaGenerator]:
    def handler(dg: DeltaGenerator, data: Any, name: str | None = None) -> DeltaGenerator:
        append_frame(node, chart_data, encode_data(data), name)
        return dg._enqueue_element(dict(node))

    return handler


# ---------------------------------------------------------------- the commands

@dg_command
def vega_lite_chart(dg: DeltaGenerator, data: Any = None, spec: dict[str, Any] | None = None, *,
                    use_container_width: bool = False, theme: str | None = "streamlit", key: Any = None,
                    on_select: str | Callable[..., Any] = "ignore", selection_mode: str | Iterable[str] | None = None,
                    **kwargs: Any) -> Any:
    """Display a chart using the Vega-Lite library.

    `data` is anything st.dataframe accepts (or the spec itself, with its data inline); `spec`
    is a Vega-Lite dict; keywords like `x_field="a"` are merged into it. With `on_select`
    ("rerun" or a callable) the chart's selection parameters rerun the script and this returns
    the selection state; otherwise it returns the element (which accepts add_rows).
    """
    check_theme(theme)
    check_on_select(on_select)
    if isinstance(data, dict) and spec is None:
        spec, data = data, None
    spec = prepare_spec(spec or {}, use_container_width, **kwargs)
    chart_data = ChartData()
    chart_data.take_from_spec(spec, data)
    return enqueue_vega_chart(dg, spec, chart_data, use_container_width=use_container_width, theme=theme,
                              key=key, on_select=on_select, selection_mode=selection_mode)


@dg_command
def altair_chart(dg: DeltaGenerator, altair_chart: Any, *, use_container_width: bool = False,
                 theme: str | None = "streamlit", key: Any = None, on_select: str | Callable[..., Any] = "ignore",
                 selection_mode: str | Iterable[str] | None = None) -> Any:
    """Display a chart made with Altair (its DataFrames travel as frames, not JSON rows).

    Returns the element, or the selection state when `on_select` is "rerun" or a callable.
    """
    check_theme(theme)
    check_on_select(on_select)
    chart_data = ChartData()
    spec = altair_to_spec(altair_chart, chart_data)
    spec = prepare_spec(spec, use_container_width)
    chart_data.take_from_spec(spec, None)
    return enqueue_vega_chart(dg, spec, chart_data, use_container_width=use_container_width, theme=theme,
                              key=key, on_select=on_select, selection_mode=selection_mode)
