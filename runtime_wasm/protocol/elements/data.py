"""Element payloads of the 'data' family (see elements/__init__.py).

Tabular data never travels in these payloads: an element names its frames by hash
(FrameRef); the frames themselves arrive as FrameMessages (protocol/families.py).
"""

from __future__ import annotations

from typing import Any, Literal, TypedDict

from appwasm.protocol.elements.widgets import LabelVisibility
from appwasm.protocol.frames import FrameRef


class ColumnConfigNode(TypedDict, total=False):
    """st.column_config for one column (keys: column name, "_index", or "_pos:<n>")."""

    label: str
    width: Literal["small", "medium", "large"]
    help: str
    hidden: bool
    disabled: bool
    required: bool
    default: Any
    # {"type": "number" | "text" | "checkbox" | "selectbox" | "link" | "list" | "datetime" | "date"
    #  | "time" | "image" | "line_chart" | "bar_chart" | "area_chart" | "progress", ...options}
    type_config: dict[str, Any]


class DataframeSelection(TypedDict):
    """Rows by position in the data (not in the sorted view), columns by name."""

    rows: list[int]
    columns: list[str]


class DataframeSelectionState(TypedDict):
    selection: DataframeSelection


class EditingState(TypedDict):
    """st.data_editor's widget value: row position -> column name -> value, as Streamlit's."""

    edited_rows: dict[str, dict[str, Any]]
    added_rows: list[dict[str, Any]]
    deleted_rows: list[int]


class ArrowDataFrameNode(TypedDict):
    """st.dataframe and st.data_editor (a virtualized grid).

    It is a widget when `id` is set: row/column selection (st.dataframe with on_select) or
    cell editing (st.data_editor, `editable`).
    """

    type: Literal["arrow_data_frame"]
    # The data, in chunks: add_rows appends one frame per call.
    frames: list[FrameRef]
    width: int | None
    height: int | None
    use_container_width: bool
    column_order: list[str] | None
    column_config: dict[str, ColumnConfigNode]
    id: str
    form_id: str
    selection_mode: list[Literal["single-row", "multi-row", "single-column", "multi-column"]]
    selection: DataframeSelectionState | None
    editable: bool
    num_rows: Literal["fixed", "dynamic"]
    disabled: bool
    editing: EditingState | None
    # A Styler's caption, shown under the grid.
    caption: str | None


class ArrowTableNode(TypedDict):
    """st.table: a static table (every row in the DOM)."""

    type: Literal["arrow_table"]
    frames: list[FrameRef]
    caption: str | None


class MetricNode(TypedDict):
    """st.metric: value and delta already formatted as Streamlit formats them."""

    type: Literal["metric"]
    label: str
    body: str
    delta: str
    color: Literal["red", "green", "gray"]
    direction: Literal["up", "down", "none"]
    help: str | None
    label_visibility: LabelVisibility


# The TypedDicts this family adds to ElementNode, and the blocks it adds to BlockNode.
NODES: list[type] = [ArrowDataFrameNode, ArrowTableNode, MetricNode]
BLOCKS: list[type] = []
