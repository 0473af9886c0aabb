"""st.checkbox and st.toggle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget


def _bool_widget(dg: DeltaGenerator, style: str, label: str, value: bool, key: Any, help: str | None,
                 on_change: Any, args: Any, kwargs: Any, disabled: bool, label_visibility: str) -> bool:
    widget = Widget(dg, style, label, key=key, help=help, disabled=disabled, label_visibility=label_visibility,
                    on_change=on_change, args=args, kwargs=kwargs)
    registered = widget.register(default=bool(value), identity_params={"value": bool(value), "help": help},
                                 serialize=bool, deserialize=bool, explicit_default=bool(value))
    widget.enqueue("checkbox", value=bool(registered.wire), style=style)
    return bool(registered.value)


@dg_command
def checkbox(
    dg: DeltaGenerator,
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> bool:
    """Display a checkbox; returns whether it is checked."""
    return _bool_widget(dg, "checkbox", label, value, key, help, on_change, args, kwargs, disabled, label_visibility)


@dg_command
def toggle(
    dg: DeltaGenerator,
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> bool:
    """Display a toggle switch; returns whether it is on."""
    return _bool_widget(dg, "toggle", label, value, key, help, on_change, args, kwargs, disabled, label_visibility)
