"""st.text_input and st.text_area."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _register_text(widget: Widget, value: Any, identity: dict[str, Any]) -> Any:
    value = _optional_str(value)
    return widget.register(
        default=value, identity_params={"value": value, **identity},
        serialize=_optional_str, deserialize=_optional_str, explicit_default=value not in ("", None),
    )


@dg_command
def text_input(
    dg: DeltaGenerator,
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | int | None = None,
    type: Literal["default", "password"] = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> str | None:
    """Display a single-line text input. Returns its text, or None while empty if `value=None`.

    The value is sent when the user presses Enter or leaves the field. `type="password"` masks
    the text; `max_chars` limits its length.
    """
    widget = Widget(dg, "text_input", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    if autocomplete is None:
        autocomplete = "new-password" if type == "password" else ""
    registered = _register_text(widget, value, {
        "max_chars": max_chars, "type": type, "help": help, "autocomplete": autocomplete,
        "placeholder": str(placeholder)})
    if type not in ("default", "password"):
        raise StreamlitAPIException(
            f"'{type}' is not a valid text_input type. Valid types are 'default' and 'password'."
        )
    widget.enqueue("text_input", value=registered.wire, max_chars=max_chars, input_type=type,
                   autocomplete=autocomplete, placeholder=str(placeholder or ""))
    return registered.value


@dg_command
def text_area(
    dg: DeltaGenerator,
    label: str,
    value: str | None = "",
    height: int | None = None,
    max_chars: int | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> str | None:
    """Display a multi-line text input. Returns its text, or None while empty if `value=None`.

    The value is sent when the user presses Ctrl+Enter (Cmd+Enter on a Mac) or leaves the
    field. `height` is in pixels (at least 68); `max_chars` limits the length.
    """
    if height is not None and height < 68:
        raise StreamlitAPIException(
            f"Invalid height {height}px for `st.text_area` - must be at least 68 pixels."
        )
    widget = Widget(dg, "text_area", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    registered = _register_text(widget, value, {
        "height": height, "max_chars": max_chars, "help": help, "placeholder": str(placeholder)})
    widget.enqueue("text_area", value=registered.wire, height=height, max_chars=max_chars,
                   placeholder=str(placeholder or ""))
    return registered.value
