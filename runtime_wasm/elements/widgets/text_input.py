"""st.text_input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


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
    value = _optional_str(value)
    if max_chars is not None and value is not None and len(value) > max_chars:
        raise StreamlitAPIException(
            f"`value` ({value}) has {len(value)} characters, which exceeds `max_chars` ({max_chars})."
        )
    if type not in ("default", "password"):
        raise StreamlitAPIException(
            f"'{type}' is not a valid text_input type. Valid types are 'default' and 'password'."
        )
    if autocomplete is None:
        autocomplete = "new-password" if type == "password" else ""
    registered = widget.register(
        default=value,
        identity_params={"value": value, "max_chars": max_chars, "type": type, "help": help,
                         "autocomplete": autocomplete, "placeholder": str(placeholder or "")},
        serialize=_optional_str, deserialize=_optional_str, explicit_default=bool(value),
    )
    widget.enqueue("text_input", value=registered.wire, max_chars=max_chars, input_type=type,
                   autocomplete=autocomplete, placeholder=str(placeholder or ""))
    return registered.value
