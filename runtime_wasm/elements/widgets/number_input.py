"""st.number_input."""

from __future__ import annotations

import numbers
from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.elements.widgets.slider import check_js_number
from appwasm.errors import (
    StreamlitInvalidNumberFormatError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from appwasm.state.proxy import current_session_state

Number = int | float


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


@dg_command
def number_input(
    dg: DeltaGenerator,
    label: str,
    min_value: Number | None = None,
    max_value: Number | None = None,
    value: Number | Literal["min"] | None = "min",
    step: Number | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> Number | None:
    """Display a numeric input with step buttons.

    The type follows the arguments: int when every given number is an int, else float
    (`st.number_input("x")` is a float starting at 0.0). `value=None` starts empty and
    returns None until a number is entered. Values are clamped to [min_value, max_value].
    """
    widget = Widget(dg, "number_input", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    args_given = (min_value, max_value, value, step)
    int_args = all(isinstance(a, (numbers.Integral, type(None), str)) for a in args_given)
    float_args = all(isinstance(a, (float, type(None), str)) for a in args_given)
    if not int_args and not float_args:
        raise StreamlitMixedNumericTypesError(value=value, min_value=min_value, max_value=max_value, step=step)
    explicit = value != "min" and value is not None
    state = current_session_state()
    if widget.key is not None and widget.key in state and state[widget.key] is None:
        value = None
    if value == "min":
        if min_value is not None:
            value = min_value
        elif int_args and float_args:
            value = 0.0  # nothing given: a float, as in Streamlit
        else:
            value = 0 if int_args else 0.0
    is_int = _is_int(value) if value is not None else (int_args and not float_args)
    if format is None:
        format = "%d" if is_int else "%0.2f"
    if format in ("%d", "%u", "%i") and not is_int:
        dg.warning(f"Warning: NumberInput value below has type float, but format {format} displays as integer.")
    elif format[-1:] == "f" and is_int:
        dg.warning(f"Warning: NumberInput value below has type int so is displayed as int despite format "
                   f"string {format}.")
    if step is None:
        step = 1 if is_int else 0.01
    try:
        float(format % 2)
    except (TypeError, ValueError):
        raise StreamlitInvalidNumberFormatError(format) from None
    if value is not None:
        if min_value is not None and value < min_value:
            raise StreamlitValueBelowMinError(value=value, min_value=min_value)
        if max_value is not None and value > max_value:
            raise StreamlitValueAboveMaxError(value=value, max_value=max_value)
    is_int = is_int and int_args
    for name, number in (("`min_value`", min_value), ("`max_value`", max_value), ("`step`", step), ("`value`", value)):
        if number is not None:
            check_js_number(int(number) if is_int else number, name, is_int=is_int)

    def deserialize(wire: Any) -> Number | None:
        if wire is None:
            return None
        number = int(round(float(wire))) if is_int else float(wire)
        if min_value is not None and number < min_value:
            number = min_value
        if max_value is not None and number > max_value:
            number = max_value
        return number

    def serialize(number: Any) -> Number | None:
        return None if number is None else (int(number) if is_int else float(number))

    registered = widget.register(
        default=value,
        identity_params={"min": min_value, "max": max_value, "value": value, "step": step, "format": format,
                         "help": help, "placeholder": str(placeholder or "")},
        serialize=serialize, deserialize=deserialize, explicit_default=explicit,
    )
    widget.enqueue("number_input", value=registered.wire, min=min_value, max=max_value, step=step, format=format,
                   data_type="int" if is_int else "float", placeholder=str(placeholder or ""))
    return registered.value
