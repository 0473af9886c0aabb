"""st.selectbox and st.radio: pick one option; the wire value is the option's index."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.elements.widgets._options import check_index, coerce_enum, format_options, index_of, options_for
from appwasm.errors import StreamlitAPIException


def _single_choice(widget: Widget, options: Any, index: Any, format_func: Callable[[Any], Any],
                   extra_identity: dict[str, Any], type_name: str, range_message: str) -> tuple[list[str], Any, Any]:
    opts = options_for(options)
    labels = format_options(opts, format_func)
    index = check_index(index, opts, type_name, range_message)
    default = opts[index] if (index is not None and opts) else None

    def serialize(value: Any) -> int | None:
        if value is None:
            return None
        return 0 if not opts else index_of(opts, value)

    def deserialize(wire: Any) -> Any:
        i = index if wire is None else int(wire)
        return opts[i] if (i is not None and 0 <= i < len(opts)) else None

    registered = widget.register(
        default=default, identity_params={"options": labels, "index": index, **extra_identity},
        serialize=serialize, deserialize=deserialize, explicit_default=index not in (0, None), value_from_wire=True,
    )
    widget.save_format_func(format_func)
    return labels, registered, coerce_enum(registered.value, opts)


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
    labels, registered, value = _single_choice(
        widget, options, index, format_func, {"help": help, "placeholder": str(placeholder)}, "Selectbox",
        "Selectbox index must be greater than or equal to 0 and less than the length of options.")
    widget.enqueue("selectbox", options=labels, index=registered.wire, placeholder=str(placeholder),
                   clearable=index is None)
    return value


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
    caption_list = [_caption(c) for c in (captions or [])]
    labels, registered, value = _single_choice(
        widget, options, index, format_func, {"help": help, "captions": caption_list, "horizontal": bool(horizontal)},
        "Radio", "Radio index must be between 0 and length of options")
    widget.enqueue("radio", options=labels, index=registered.wire, horizontal=bool(horizontal), captions=caption_list)
    return value


def _caption(caption: Any) -> str:
    if caption is None:
        return ""
    if not isinstance(caption, str):
        raise StreamlitAPIException(f"Radio captions must be strings. Passed type: {type(caption).__name__}")
    return caption
