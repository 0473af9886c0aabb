"""st.slider: int, float, date, time and datetime values, single or range."""

from __future__ import annotations

import numbers
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets import _timeconv as tc
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException
from appwasm.state.proxy import current_session_state

MAX_SAFE_INTEGER = (1 << 53) - 1


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
        if widget.key is not None and widget.key in state:
            value = state[widget.key]
        else:
            value = min_value if min_value is not None else 0
    single = _kind_of(value) is not None
    if not single and not (isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)):
        raise StreamlitAPIException(
            "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 ints/floats/datetimes"
        )
    values = [value] if single else list(value)
    kinds = {_kind_of(v) for v in values}
    if None in kinds or len(kinds) > 1:
        raise StreamlitAPIException(
            f"Slider tuple/list components must be of the same type.\nBut were: {[_type_name(v) for v in values]}"
        )
    kind = kinds.pop() if kinds else "int"
    d_min, d_max, d_step, d_format = _defaults(kind, values[0] if values else None)
    min_value = d_min if min_value is None else min_value
    max_value = d_max if max_value is None else max_value
    step = d_step if step is None else step
    format = d_format if format is None else format

    args_kinds = {_kind_of(a) if kind in ("int", "float") else None for a in (min_value, max_value, step)}
    if kind in ("int", "float"):
        if len(args_kinds) != 1:
            raise StreamlitAPIException(
                f"Slider value arguments must be of matching types.\n`min_value` has {_type_name(min_value)} type.\n"
                f"`max_value` has {_type_name(max_value)} type.\n`step` has {_type_name(step)} type."
            )
        if args_kinds != {kind}:
            raise StreamlitAPIException(
                f"Both value and arguments must be of the same type.\n`value` has {_type_name(values[0]) if values else kind} type.\n"
                f"`min_value` has {_type_name(min_value)} type.\n`max_value` has {_type_name(max_value)} type."
            )
    else:
        if _kind_of(min_value) != kind or _kind_of(max_value) != kind or not isinstance(step, timedelta):
            raise StreamlitAPIException(
                f"Both value and arguments must be of the same type.\n`value` has {_type_name(values[0])} type.\n"
                f"`min_value` has {_type_name(min_value)} type.\n`max_value` has {_type_name(max_value)} type.\n"
                f"`step` must be a timedelta."
            )
    if (kind in ("int", "float") and step <= 0) or (isinstance(step, timedelta) and step <= timedelta(0)):
        raise StreamlitAPIException("Slider components cannot be passed a `step` of 0 or less.")

    # Bounds adapt to the value (and to each other), as Streamlit does, instead of failing.
    min_value, max_value = min(min_value, max_value), max(min_value, max_value)
    if len(values) == 2 and values[0] > values[1]:
        values = [values[1], values[0]]
    if values:
        min_value, max_value = min(values[0], min_value), max(values[-1], max_value)
    else:
        values = [min_value, max_value]
    if kind == "int":
        for bound in (min_value, max_value):
            if abs(bound) > MAX_SAFE_INTEGER:
                raise StreamlitAPIException(f"`{bound}` is outside the range JavaScript numbers hold exactly (+/-2**53-1).")

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
