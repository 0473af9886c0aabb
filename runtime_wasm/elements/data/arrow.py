"""st.dataframe, st.table and DeltaGenerator.add_rows.

The data is converted and encoded once per call (appwasm.frames), sent only if the renderer
does not hold an equal frame, and the element names it by hash. With `on_select`, st.dataframe
is a widget whose value is Streamlit's selection state.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.data.config import (
    INDEX_IDENTIFIER,
    marshall_column_config,
    process_config_mapping,
    update_column_config,
)
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException
from appwasm.frames import codec
from appwasm.frames.codec import EncodedFrame
from appwasm.frames.convert import encode_data
from appwasm.frames.transport import send_frame
from appwasm.runner.context import get_run_context

SELECTION_MODES = {"single-row", "multi-row", "single-column", "multi-column"}


class AttributeDictionary(dict):  # type: ignore[type-arg]
    """A dict whose keys are also attributes (Streamlit's selection state: `event.selection.rows`)."""

    def __getattr__(self, key: str) -> Any:
        try:
            item = self[key]
        except KeyError as err:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from err
        return AttributeDictionary(item) if isinstance(item, dict) else item

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


def parse_selection_mode(selection_mode: str | Iterable[str]) -> list[str]:
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= SELECTION_MODES:
        raise StreamlitAPIException(f"Invalid selection mode: {selection_mode}. Valid options are: {SELECTION_MODES}")
    if modes >= {"single-row", "multi-row"}:
        raise StreamlitAPIException("Only one of `single-row` or `multi-row` can be selected as selection mode.")
    if modes >= {"single-column", "multi-column"}:
        raise StreamlitAPIException("Only one of `single-column` or `multi-column` can be selected as selection mode.")
    return sorted(modes)


def deserialize_selection(wire: Any) -> AttributeDictionary:
    state = json.loads(wire) if isinstance(wire, str) else (wire or {})
    selection = dict(state.get("selection") or {})
    selection.setdefault("rows", [])
    selection.setdefault("columns", [])
    return AttributeDictionary({"selection": AttributeDictionary(selection)})


def serialize_selection(value: Any) -> dict[str, Any]:
    selection = dict((value or {}).get("selection") or {})
    return {"selection": {"rows": list(selection.get("rows", [])), "columns": list(selection.get("columns", []))}}


# ---------------------------------------------------------------- add_rows support

@dataclass
class DataSlot:
    """An element of this run that accepts add_rows: its node and the frames shown so far."""

    node: dict[str, Any]
    frames: list[EncodedFrame] = field(default_factory=list)


AddRowsHandler = Callable[[DeltaGenerator, Any], DeltaGenerator]


def register_add_rows(slot: DeltaGenerator, handler: AddRowsHandler) -> None:
    """Let `slot.add_rows(data)` call `handler(slot, data)` for the rest of this run (charts use it too)."""
    ctx = get_run_context()
    if ctx is not None and slot._slot is not None:
        ctx.scratch.setdefault("add_rows", {})[slot._slot] = handler


def add_rows(dg: DeltaGenerator, data: Any = None, **kwargs: Any) -> DeltaGenerator | None:
    """Concatenate `data` to the data of this dataframe or table element (shown at once)."""
    if data is not None and len(kwargs) == 0:
        pass
    elif len(kwargs) == 1:
        _, data = kwargs.popitem()
    else:
        raise StreamlitAPIException("Wrong number of arguments to add_rows().Command requires exactly one dataset")
    ctx = get_run_context()
    if ctx is None:
        return dg
    handler = ctx.scratch.get("add_rows", {}).get(dg._slot) if dg._slot is not None else None
    if handler is None:
        raise StreamlitAPIException("Only existing elements can `add_rows`.")
    return handler(dg, data)


setattr(DeltaGenerator, "add_rows", add_rows)  # noqa: B010 - a method of every slot, not an st.* command


def _signature(frame: EncodedFrame) -> list[Any]:
    return [(c.get("role"), c.get("name"), c["type"], "dictionary" in c)
            for c in frame.columns if c.get("role") in ("index", "data")]


def _continue_range(frame: EncodedFrame, first: EncodedFrame, rows_before: int) -> EncodedFrame:
    """A RangeIndex of new rows continues the one shown (as Streamlit's frontend does)."""
    old = first.columns[0].get("range") if first.columns else None
    new = frame.columns[0].get("range") if frame.columns else None
    if old is None or new is None:
        return frame
    new["start"] = old["start"] + old["step"] * rows_before
    new["step"] = old["step"]
    frame.schema["hash"] = codec.content_hash(frame.schema, frame.buffers)
    return frame


def _data_add_rows(slot_state: DataSlot) -> AddRowsHandler:
    def handler(dg: DeltaGenerator, data: Any) -> DeltaGenerator:
        frame = encode_data(data)
        first = slot_state.frames[0]
        if _signature(frame) != _signature(first) and frame.num_rows:
            from appwasm.elements.alerts import show_error_markdown

            return show_error_markdown(dg, "Unsupported operation. The data passed into `add_rows()` must have the "
                                           "same data signature as the original data.")
        frame = _continue_range(frame, first, sum(f.num_rows for f in slot_state.frames))
        slot_state.frames.append(frame)
        slot_state.node["frames"] = [*slot_state.node["frames"], send_frame(frame)]
        return dg._enqueue_element(dict(slot_state.node))

    return handler


def enqueue_data_element(dg: DeltaGenerator, node: dict[str, Any], frame: EncodedFrame) -> DeltaGenerator:
    """Send the frame, post the element, and let its slot take add_rows."""
    node["frames"] = [send_frame(frame)]
    slot = dg._enqueue_element(node)
    register_add_rows(slot, _data_add_rows(DataSlot(node, [frame])))
    return slot


# ---------------------------------------------------------------- the commands

def _check_size(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise StreamlitAPIException(f"`{name}` must be a positive integer (pixels) or None, got {value!r}.")
    return value


@dg_command
def dataframe(dg: DeltaGenerator, data: Any = None, width: int | None = None, height: int | None = None, *,
              use_container_width: bool = False, hide_index: bool | None = None,
              column_order: Iterable[str] | None = None, column_config: Any = None, key: Any = None,
              on_select: str | Callable[..., Any] = "ignore",
              selection_mode: str | Iterable[str] = "multi-row") -> Any:
    """Display a dataframe as an interactive table (virtualized: millions of rows scroll smoothly).

    `data` is anything Streamlit accepts: pandas DataFrame/Series/Index/Styler, numpy arrays,
    pyarrow Tables, lists, dicts, iterables. With `on_select="rerun"` or a callable, row and
    column selections rerun the script and this returns the selection state
    (`event.selection.rows`, `event.selection.columns`); otherwise it returns the element.
    """
    if on_select not in ("ignore", "rerun") and not callable(on_select):
        raise StreamlitAPIException(
            f"You have passed {on_select} to `on_select`. But only 'ignore', 'rerun', or a callable is supported."
        )
    selecting = on_select != "ignore"
    widget = None
    if selecting:
        widget = Widget(dg, "dataframe", "", key=key, help=None, disabled=False,
                        on_change=on_select if callable(on_select) else None, check_form_callback=callable(on_select))
    mapping = process_config_mapping(column_config)
    frame = encode_data(data)
    if frame.meta.get("hide_index_default"):
        update_column_config(mapping, INDEX_IDENTIFIER, {"hidden": True})
    if hide_index is not None:
        update_column_config(mapping, INDEX_IDENTIFIER, {"hidden": hide_index})
    order = list(column_order) if column_order is not None else None
    config = marshall_column_config(mapping)
    node: dict[str, Any] = {
        "type": "arrow_data_frame", "frames": [], "width": _check_size("width", width),
        "height": _check_size("height", height), "use_container_width": bool(use_container_width),
        "column_order": order, "column_config": config, "id": "", "form_id": dg.form_id,
        "selection_mode": [], "selection": None, "editable": False, "num_rows": "fixed", "disabled": True,
        "editing": None, "caption": _caption(data),
    }
    if widget is None:
        return enqueue_data_element(dg, node, frame)
    modes = parse_selection_mode(selection_mode)
    registered = widget.register(
        default=deserialize_selection(None),
        identity_params={"data": frame.hash, "width": width, "height": height,
                         "use_container_width": use_container_width, "column_order": order,
                         "column_config": json.dumps(config, sort_keys=True), "selection_mode": modes},
        serialize=serialize_selection, deserialize=deserialize_selection, settable_by_state=False,
    )
    node.update(id=widget.id, selection_mode=modes, selection=registered.wire)
    enqueue_data_element(dg, node, frame)
    return registered.value


def _caption(data: Any) -> str | None:
    from appwasm.frames.convert import is_styler

    caption = getattr(data, "caption", None) if is_styler(data) else None
    return str(caption) if caption else None


@dg_command
def table(dg: DeltaGenerator, data: Any = None) -> DeltaGenerator:
    """Display a static table: every row is laid out in the page (use st.dataframe for large data)."""
    frame = encode_data(data)
    node: dict[str, Any] = {"type": "arrow_table", "frames": [], "caption": _caption(data)}
    return enqueue_data_element(dg, node, frame)
