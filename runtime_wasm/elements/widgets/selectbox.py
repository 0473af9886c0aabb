"""st.selectbox and st.radio: pick one option; the wire value is the option's index."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.elements.widgets._options import check_index, format_options, index_of, options_to_list
from appwasm.errors import StreamlitAPIException


def _single_choice(widget: Widget, options: Any, index: int | None, format_func: Callable[[Any], Any],
                   extra_identity: dict[str, Any], type_name: str) -> tuple[list[Any], list[str], Any]:
    opts = options_to_list(options)
    index = check_index(index, opts, type_name)
    labels = format_options(opts, format_func)
    default = opts[index] if (index is not None and opts) else None

    def serialize(value: Any) -> int | None:
        if value is None or not opts:
            return None
        return index_of(opts, value)

    def deserialize(wire: Any) -> Any:
        if wire is None or not opts:
            return None
        i = int(wire)
        return opts[i] if 0 <= i < len(opts) else default

    registered = widget.register(
        default=default, identity_params={"options": labels, "index": index, **extra_identity},
        serialize=serialize, deserialize=deserialize, explicit_default=index not in (0, None),
    )
    return opts, labels, registered


@dg_command
def selectbox(
    dg: DeltaGenerator,
    label: str,
    options: Sequence[Any] | Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str = "Choose an option",
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> Any:
    """Display a select box. Returns the selected option (not its label), or None when
    `index=None` and nothing is chosen yet, or when there are no options."""
    widget = Widget(dg, "selectbox", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    _opts, labels, registered = _single_choice(
        widget, options, index, format_func, {"help": help, "placeholder": str(placeholder)}, "Selectbox")
    widget.enqueue("selectbox", options=labels, index=registered.wire, placeholder=str(placeholder))
    return registered.value


@dg_command
def radio(
    dg: DeltaGenerator,
    label: str,
    options: Sequence[Any] | Any,
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Sequence[str] | None = None,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> Any:
    """Display radio buttons. Returns the selected option, or None with `index=None` until one is picked.

    `captions` (markdown) are shown under the options; `horizontal=True` lays them out in a row.
    """
    widget = Widget(dg, "radio", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    caption_list = [str(c) for c in (captions or [])]
    opts, labels, registered = _single_choice(
        widget, options, index, format_func, {"help": help, "captions": caption_list}, "Radio")
    if caption_list and len(caption_list) != len(opts):
        raise StreamlitAPIException("The length of the captions list must match the number of options.")
    widget.enqueue("radio", options=labels, index=registered.wire, horizontal=bool(horizontal), captions=caption_list)
    return registered.value
