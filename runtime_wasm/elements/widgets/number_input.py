"""st.number_input."""

from __future__ import annotations

import numbers
from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException, StreamlitValueAboveMaxError, StreamlitValueBelowMinError

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
    numbers_given = [a for a in (min_value, max_value, value, step) if a is not None and a != "min"]
    int_args = all(_is_int(a) for a in numbers_given)
    float_args = all(isinstance(a, float) for a in numbers_given)
    if not int_args and not float_args:
        raise StreamlitAPIException(
            "All numerical arguments must be of the same type."
            f"\n`value` has {type(value).__name__} type.\n`min_value` has {type(min_value).__name__} type."
            f"\n`max_value` has {type(max_value).__name__} type.\n`step` has {type(step).__name__} type."
        )
    explicit = value != "min" and value is not None
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
    if step is None:
        step = 1 if is_int else 0.01
    if step <= 0:
        raise StreamlitAPIException("`step` must be greater than 0.")
    if value is not None:
        if min_value is not None and value < min_value:
            raise StreamlitValueBelowMinError(value=value, min_value=min_value)
        if max_value is not None and value > max_value:
            raise StreamlitValueAboveMaxError(value=value, max_value=max_value)

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
