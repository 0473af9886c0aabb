"""st.slider: int, float, date, time and datetime values, single or range."""

from __future__ import annotations

import numbers
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets import _timeconv as tc
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException, StreamlitJSNumberBoundsError
from appwasm.state.proxy import current_session_state

MAX_SAFE_INTEGER = (1 << 53) - 1
MAX_FLOAT = 1.7976931348623157e308


def _kind_of(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return "int"
    if isinstance(value, numbers.Real):
        return "float"
    if isinstance(value, datetime):
        return "datetime"
    if isinstance(value, date):
        return "date"
    if isinstance(value, time):
        return "time"
    return None


def _defaults(kind: str, first: Any) -> tuple[Any, Any, Any, str]:
    """(min, max, step, format) when the caller leaves them out, as in Streamlit."""
    if kind == "int":
        return 0, 100, 1, "%d"
    if kind == "float":
        return 0.0, 1.0, 0.01, "%0.2f"
    if kind == "time":
        return time.min.replace(tzinfo=first.tzinfo), time.max.replace(tzinfo=first.tzinfo), timedelta(minutes=15), "HH:mm"
    low, high = first - timedelta(days=14), first + timedelta(days=14)
    return low, high, timedelta(days=1), "YYYY-MM-DD"


def _to_wire(kind: str, value: Any) -> float:
    if kind == "datetime":
        return float(tc.datetime_to_micros(value))
    if kind == "date":
        return float(tc.date_to_micros(value))
    if kind == "time":
        return float(tc.time_to_micros(value))
    return value


def _from_wire(kind: str, value: float, tzinfo: Any) -> Any:
    if kind == "int":
        return int(round(value))
    if kind == "float":
        return float(value)
    if kind == "datetime":
        return tc.micros_to_datetime(value, tzinfo)
    if kind == "date":
        return tc.micros_to_date(value)
    return tc.micros_to_time(value, tzinfo)


def _type_name(value: Any) -> str:
    return type(value).__name__


def check_js_number(value: Any, name: str, *, is_int: bool) -> None:
    """Streamlit's check that a number survives the trip through a JavaScript number."""
    if is_int:
        if value < -MAX_SAFE_INTEGER:
            raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
        if value > MAX_SAFE_INTEGER:
            raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")
    elif value < -MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    elif value > MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")


def _check_arg_types(kind: str, value: Any, min_value: Any, max_value: Any, step: Any) -> None:
    args = (min_value, max_value, step)
    int_args = all(isinstance(a, numbers.Integral) for a in args)
    float_args = all(isinstance(a, numbers.Real) and not isinstance(a, numbers.Integral) for a in args)
    timelike_args = (kind in ("date", "time", "datetime") and isinstance(step, timedelta)
                     and type(min_value) is type(max_value))
    if not int_args and not float_args and not timelike_args:
        raise StreamlitAPIException(
            f"Slider value arguments must be of matching types.\n`min_value` has {_type_name(min_value)} type."
            f"\n`max_value` has {_type_name(max_value)} type.\n`step` has {_type_name(step)} type."
        )
    if not ((kind == "int" and int_args) or (kind == "float" and float_args)
            or (kind in ("date", "time", "datetime") and timelike_args)):
        raise StreamlitAPIException(
            f"Both value and arguments must be of the same type.\n`value` has {_type_name(value)} type."
            f"\n`min_value` has {_type_name(min_value)} type.\n`max_value` has {_type_name(max_value)} type."
        )


@dg_command
def slider(
    dg: DeltaGenerator,
    label: str,
    min_value: Any = None,
    max_value: Any = None,
    value: Any = None,
    step: Any = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> Any:
    """Display a slider. Pass a tuple/list of two values as `value` for a range slider.

    Values may be int, float, date, time or datetime; all bounds must share the value's type.
    Returns the value (or a tuple for a range) in that type. Defaults: int 0-100 step 1, float
    0.0-1.0 step 0.01, dates +/- 14 days step 1 day, times the whole day step 15 minutes.
    """
    widget = Widget(dg, "slider", label, key=key, help=help, disabled=disabled, label_visibility=label_visibility,
                    on_change=on_change, args=args, kwargs=kwargs)
    explicit = value is not None
    if value is None:
        # Single or range? Without a value, a value set through session state tells.
        state = current_session_state()
        single = not (widget.key is not None and widget.key in state and _kind_of(state[widget.key]) is None)
        low = min_value if min_value is not None else 0
        value = low if single else [low, max_value if max_value is not None else 100]
    single = _kind_of(value) is not None
    if not single and not (isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)):
        raise StreamlitAPIException(
            "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 ints/floats/datetimes"
        )
    values = [value] if single else list(value)
    kinds = {_kind_of(v) for v in values}
    if None in kinds or len(kinds) > 1:
        raise StreamlitAPIException(
            f"Slider tuple/list components must be of the same type.\nBut were: {list(map(type, values))}"
        )
    kind = kinds.pop() if kinds else "int"
    d_min, d_max, d_step, d_format = _defaults(kind, values[0] if values else None)
    min_value = d_min if min_value is None else min_value
    max_value = d_max if max_value is None else max_value
    if step is None:
        step = d_step
        if kind in ("date", "datetime") and max_value - min_value < timedelta(days=1):
            step = timedelta(minutes=15)
    format = d_format if format is None else format
    if step == 0:
        raise StreamlitAPIException("Slider components cannot be passed a `step` of 0.")
    _check_arg_types(kind, value if not single else values, min_value, max_value, step)

    # Bounds adapt to the value instead of failing, exactly as Streamlit's do.
    min_value = min(min_value, max_value)
    max_value = max(min_value, max_value)
    if len(values) == 2 and values[0] > values[1]:
        values = [values[1], values[0]]
    if values:
        min_value, max_value = min(values[0], min_value), max(values[-1], max_value)
    else:
        values = [min_value, max_value]
    if kind in ("int", "float"):
        for name, bound in (("`min_value`", min_value), ("`max_value`", max_value)):
            check_js_number(bound, name, is_int=kind == "int")
    if _to_wire(kind, min_value) == _to_wire(kind, max_value):
        shown = [tc.micros_to_datetime(_to_wire(kind, b)) if kind in ("date", "time") else b
                 for b in (min_value, max_value)]
        raise StreamlitAPIException(
            f"Slider `min_value` must be less than the `max_value`.\nThe values were {shown[0]} and {shown[1]}."
        )

    tzinfo = getattr(values[0], "tzinfo", None)
    default = values[0] if single else tuple(values)

    def serialize(v: Any) -> list[float]:
        items = [v] if _kind_of(v) is not None else list(v)
        return [_to_wire(kind, item) for item in items]

    def deserialize(wire: Any) -> Any:
        items = [_from_wire(kind, float(w), tzinfo) for w in (wire if isinstance(wire, list) else [wire])]
        return items[0] if single else tuple(items)

    wire_step = float(tc.timedelta_to_micros(step)) if isinstance(step, timedelta) else step
    registered = widget.register(
        default=default,
        identity_params={"min": _to_wire(kind, min_value), "max": _to_wire(kind, max_value),
                         "value": serialize(default), "step": wire_step, "format": format, "help": help},
        serialize=serialize, deserialize=deserialize, explicit_default=explicit,
    )
    widget.enqueue("slider", value=registered.wire, min=_to_wire(kind, min_value), max=_to_wire(kind, max_value),
                   step=wire_step, format=format, data_type=kind)
    return registered.value
