"""st.multiselect: pick any number of options; the wire value is the list of their indices."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.elements.widgets._options import (
    coerce_enum,
    default_indices,
    format_options,
    index_of,
    options_for,
)
from appwasm.errors import StreamlitSelectionCountExceedsMaxError


def indices_serde(opts: list[Any], default: list[int]) -> tuple[Callable[[Any], list[int]], Callable[[Any], list[Any]]]:
    """(serialize, deserialize) between a list of options and the list of their indices."""

    def serialize(values: Any) -> list[int]:
        return [index_of(opts, v) for v in (values or [])]

    def deserialize(wire: Any) -> list[Any]:
        indices = default if wire is None else wire
        return [opts[int(i)] for i in indices if 0 <= int(i) < len(opts)]

    return serialize, deserialize


def selection_count(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__"):
        return 1
    return len(value)


@dg_command
def multiselect(
    dg: DeltaGenerator,
    label: str,
    options: Sequence[Any] | Any,
    default: Any | None = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_selections: int | None = None,
    placeholder: str = "Choose an option",
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> list[Any]:
    """Display a multiselect widget. Returns the list of selected options (not their labels).

    `default` is one option or a sequence of options (each must be in `options`).
    `max_selections` caps the number of selections; `placeholder` shows while nothing is
    selected. The user types to filter the options.
    """
    widget = Widget(dg, "multiselect", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    opts = options_for(options)
    labels = format_options(opts, format_func)
    defaults = default_indices(opts, default)
    serialize, deserialize = indices_serde(opts, defaults)
    registered = widget.register(
        default=[opts[i] for i in defaults],
        identity_params={"options": labels, "default": defaults, "help": help, "max_selections": max_selections,
                         "placeholder": str(placeholder)},
        serialize=serialize, deserialize=deserialize, explicit_default=default is not None, value_from_wire=True,
    )
    if max_selections is not None and selection_count(registered.value) > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(selection_count(registered.value), max_selections)
    value = [coerce_enum(v, opts) for v in registered.value]
    widget.save_format_func(format_func)
    widget.enqueue("multiselect", options=labels, value=registered.wire, max_selections=max_selections,
                   placeholder=str(placeholder))
    return value
