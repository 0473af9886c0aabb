"""st.container, st.columns, st.tabs, st.expander and st.popover, with Streamlit's nesting rules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Union

from appwasm.delta_generator import ROOT_SIDEBAR, DeltaGenerator, dg_command
from appwasm.elements._util import validate_icon
from appwasm.errors import (
    StreamlitAPIException,
    StreamlitInvalidColumnGapError,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidVerticalAlignmentError,
)
from appwasm.runner.context import get_run_context

SpecType = Union[int, Sequence[Union[int, float]]]

_GAPS = ("small", "medium", "large")
_ALIGNMENTS = ("top", "center", "bottom")
# st.status is an expander too in Streamlit: neither may sit inside the other.
_EXPANDABLE = ("expander", "status")


def check_nesting(dg: DeltaGenerator, block_type: str) -> None:
    """Raise Streamlit's error when a block of `block_type` may not go where `dg` writes."""
    ancestors = dg.ancestor_block_types
    if block_type == "column":
        parent_columns = ancestors.count("column")
        if dg.root == ROOT_SIDEBAR and parent_columns > 0:
            raise StreamlitAPIException(
                "Columns cannot be placed inside other columns in the sidebar. This is only possible in the main "
                "area of the app."
            )
        if parent_columns > 1:
            raise StreamlitAPIException("Columns can only be placed inside other columns up to one level of nesting.")
    elif block_type in _EXPANDABLE and any(a in _EXPANDABLE for a in ancestors):
        raise StreamlitAPIException("Expanders may not be nested inside other expanders.")
    elif block_type == "popover" and "popover" in ancestors:
        raise StreamlitAPIException("Popovers may not be nested inside other popovers.")
    elif block_type == "dialog" and "dialog" in ancestors:
        raise StreamlitAPIException("Dialogs may not be nested inside other dialogs.")


@dg_command
def container(
    dg: DeltaGenerator,
    *,
    height: int | None = None,
    border: bool | None = None,
    key: str | None = None,
) -> DeltaGenerator:
    """Insert a multi-element container; write into it with `with` or by calling its methods.

    `height` (pixels) makes it a scrolling box, with a border unless `border=False`; without a
    height there is a border only if `border=True`. `key` gives it a stable identity and the
    CSS class `st-key-<key>`.
    """
    key = None if key is None else str(key)
    show_border = bool(border)
    if height and border is None:
        show_border = True  # a scrolling box is framed unless asked otherwise
    if height is not None and height < 0:
        raise ValueError(f"Value out of range: {height}")  # Streamlit's (its proto field is unsigned)
    ctx = get_run_context()
    if key and ctx is not None:
        ctx.session_state.claim_key(key)
    return dg._enqueue_block({
        "type": "vertical", "border": show_border, "height": int(height) if height else None, "key": key or None,
    })


def _column_gap(gap: object) -> str:
    if isinstance(gap, str) and gap.lower() in _GAPS:
        return gap.lower()
    raise StreamlitInvalidColumnGapError(gap=gap)


@dg_command
def columns(
    dg: DeltaGenerator,
    spec: SpecType,
    *,
    gap: Literal["small", "medium", "large"] = "small",
    vertical_alignment: Literal["top", "center", "bottom"] = "top",
) -> list[DeltaGenerator]:
    """Insert side-by-side columns; returns one container per column.

    `spec` is the number of equal columns or a list of relative widths (`[3, 1]`). Columns
    may be nested one level (not in the sidebar). On narrow screens they stack.
    """
    weights = spec
    if isinstance(weights, int):
        weights = (1,) * weights  # a zero or negative count gives no weights: the error below
    if len(weights) == 0 or any(weight <= 0 for weight in weights):
        raise StreamlitInvalidColumnSpecError()
    if vertical_alignment not in _ALIGNMENTS:
        raise StreamlitInvalidVerticalAlignmentError(vertical_alignment=vertical_alignment)
    gap_size = _column_gap(gap)
    row = dg._enqueue_block({"type": "horizontal", "gap": gap_size})
    # Checked once the row is drawn: as in Streamlit, a refused nesting leaves an empty row.
    check_nesting(row, "column")
    total = sum(weights)
    return [
        row._enqueue_block({
            "type": "column", "weight": float(weight / total), "gap": gap_size,
            "vertical_alignment": vertical_alignment,
        })
        for weight in weights
    ]


@dg_command
def tabs(dg: DeltaGenerator, tabs: Sequence[str]) -> Sequence[DeltaGenerator]:
    """Insert tabs; returns one container per tab label (labels are markdown). The first tab
    is selected at first; the user's choice is kept across reruns. Every tab's content is
    always sent and rendered."""
    if not tabs:
        raise StreamlitAPIException("The input argument to st.tabs must contain at least one tab label.")
    if any(not isinstance(tab, str) for tab in tabs):
        raise StreamlitAPIException("The tabs input list to st.tabs is only allowed to contain strings.")
    tab_container = dg._enqueue_block({"type": "tab_container"})
    return tuple(tab_container._enqueue_block({"type": "tab", "label": label}) for label in tabs)


@dg_command
def expander(dg: DeltaGenerator, label: str, expanded: bool = False, *, icon: str | None = None) -> DeltaGenerator:
    """Insert a container that the user can expand and collapse. `label` is markdown;
    `expanded` is the initial state; `icon` an emoji or `:material/name:`. Expanders cannot
    be nested."""
    if label is None:
        raise StreamlitAPIException("A label is required for an expander")
    node = {"type": "expander", "label": str(label), "expanded": bool(expanded), "icon": validate_icon(icon)}
    check_nesting(dg, "expander")
    return dg._enqueue_block(node)


@dg_command
def popover(
    dg: DeltaGenerator,
    label: str,
    *,
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> DeltaGenerator:
    """Insert a button that opens a popup container. `label` is markdown; `help` a tooltip.
    Elements written into the returned container show in the popup. Popovers cannot be nested."""
    if label is None:
        raise StreamlitAPIException("A label is required for a popover")
    node = {
        "type": "popover", "label": str(label), "help": str(help) if help else None, "icon": validate_icon(icon),
        "disabled": bool(disabled), "use_container_width": bool(use_container_width),
    }
    check_nesting(dg, "popover")
    return dg._enqueue_block(node)
