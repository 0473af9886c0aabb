"""st.select_slider: a slider over a list of options; the wire value is the option indices."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.elements.widgets._options import coerce_enum, format_options, index_of, options_for
from appwasm.errors import StreamlitAPIException


def _is_range(value: Any) -> bool:
    return isinstance(value, (list, tuple))


@dg_command
def select_slider(
    dg: DeltaGenerator,
    label: str,
    options: Sequence[Any] | Any = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> Any:
    """Display a slider that selects among `options`. Returns the selected option, or a tuple
    (start, end) when `value` is a list/tuple of two options (a range). Without `value`, the
    first option is selected."""
    widget = Widget(dg, "select_slider", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    opts = options_for(options)
    if not opts:
        raise StreamlitAPIException("The `options` argument needs to be non-empty")
    is_range = _is_range(value)

    def as_indices(v: Any) -> list[int]:
        if _is_range(v):
            indices = [index_of(opts, item) for item in v]
            if len(indices) != 2:
                raise StreamlitAPIException("A range select_slider needs a list or tuple of exactly two options.")
            return sorted(indices)
        return [index_of(opts, v)]

    try:
        default_wire = as_indices(value)
    except ValueError:
        if value is not None:
            raise
        default_wire = [0]
    labels = format_options(opts, format_func)

    def deserialize(wire: Any) -> Any:
        picked = tuple(opts[int(i)] for i in (wire or default_wire))
        return picked if is_range else picked[0]

    registered = widget.register(
        default=deserialize(default_wire),
        identity_params={"options": labels, "value": default_wire, "help": help},
        serialize=as_indices, deserialize=deserialize, explicit_default=value is not None, value_from_wire=True,
    )
    result = registered.value
    result = tuple(coerce_enum(v, opts) for v in result) if isinstance(result, tuple) else coerce_enum(result, opts)
    widget.save_format_func(format_func)
    widget.enqueue("select_slider", options=labels, value=registered.wire)
    return result
