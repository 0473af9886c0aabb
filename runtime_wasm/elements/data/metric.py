"""st.metric: a value in big type, with an optional delta arrow (Streamlit's formatting)."""

from __future__ import annotations

from textwrap import dedent
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import check_label_visibility
from appwasm.errors import StreamlitAPIException


def _parse_label(label: Any) -> str:
    if not isinstance(label, str):
        raise TypeError(
            f"'{str(label)}' is of type {str(type(label))}, which is not an accepted type."
            " label only accepts: str. Please convert the label to an accepted type."
        )
    return label


def _number_text(value: Any, what: str) -> str:
    """str() of an int, float or numpy number; Streamlit's TypeError for anything else."""
    if isinstance(value, (int, float)):
        return str(value)
    if hasattr(value, "item"):
        try:
            item = value.item()
        except Exception:  # noqa: BLE001 - not a numpy scalar: rejected below
            item = None
        if isinstance(item, (int, float)):
            return str(item)
    raise TypeError(
        f"'{str(value)}' is of type {str(type(value))}, which is not an accepted type."
        f" {what} only accepts: int, float, str, or None. Please convert the value to an accepted type."
    )


def _parse_value(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else _number_text(value, "value")


def _parse_delta(delta: Any) -> str:
    if delta is None or delta == "":
        return ""
    return dedent(delta) if isinstance(delta, str) else _number_text(delta, "delta")


def color_and_direction(delta_color: str, delta: Any) -> tuple[str, str]:
    """Streamlit's rule: a delta starting with "-" points down; "normal" makes down red."""
    if delta_color not in ("normal", "inverse", "off"):
        raise StreamlitAPIException(
            f"'{str(delta_color)}' is not an accepted value. delta_color only accepts: 'normal', 'inverse', or 'off'"
        )
    if delta is None or delta == "":
        return "gray", "none"
    negative = dedent(str(delta)).startswith("-")
    if delta_color == "off":
        color = "gray"
    elif (delta_color == "normal") != negative:
        color = "green"
    else:
        color = "red"
    return color, "down" if negative else "up"


@dg_command
def metric(dg: DeltaGenerator, label: str, value: Any, delta: Any = None, delta_color: str = "normal",
           help: str | None = None, label_visibility: str = "visible") -> DeltaGenerator:
    """Display a metric in big bold font, with an optional indicator of how it changed.

    `value` and `delta` are int, float, str or None; a delta that is negative (or a string
    starting with "-") points down and is red, unless `delta_color` is "inverse" or "off".
    """
    check_label_visibility(label_visibility)
    color, direction = color_and_direction(str(delta_color).strip(), delta)
    node = {
        "type": "metric", "label": _parse_label(label), "body": _parse_value(value), "delta": _parse_delta(delta),
        "color": color, "direction": direction, "help": None if help is None else dedent(help),
        "label_visibility": label_visibility,
    }
    return dg._enqueue_element(node)
