"""st.date_input and st.time_input.

On the wire a date is "YYYY/MM/DD" and a time "HH:MM" (Streamlit's formats): plain strings,
no time zone to get wrong between Python and the browser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException
from appwasm.state.proxy import current_session_state

_DATE_WIRE = "%Y/%m/%d"
_TIME_WIRE = "%H:%M"
_DATE_FORMATS = re.compile(r"^(YYYY[/.\-]MM[/.\-]DD|DD[/.\-]MM[/.\-]YYYY|MM[/.\-]DD[/.\-]YYYY)$")
_VALUE_ERROR = "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values"


def adjust_years(day: date, years: int) -> date:
    """`day` moved by whole years (29 February becomes 28 February in a common year)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _as_date(value: Any) -> Any:
    return value.date() if isinstance(value, datetime) else value


def _parse_dates(value: Any) -> tuple[list[date] | None, bool]:
    """(dates, is_range) from what `value` may be."""
    if value is None:
        return None, False
    if isinstance(value, str) and value in ("today", "default_value_today"):
        return [datetime.now().date()], False
    if isinstance(value, date):
        return [_as_date(value)], False
    if isinstance(value, (list, tuple)):
        if len(value) not in (0, 1, 2):
            raise StreamlitAPIException(_VALUE_ERROR)
        return [_as_date(v) for v in value], True
    raise StreamlitAPIException(_VALUE_ERROR)


def _bound(bound: Any, dates: list[date] | None, years: int, which: str) -> date:
    if isinstance(bound, date):
        return _as_date(bound)
    if bound is None:
        anchor = (dates[0] if years < 0 else dates[-1]) if dates else date.today()
        return adjust_years(anchor, years)
    raise StreamlitAPIException(f"DateInput {which} should either be a date/datetime or None")


def date_values(value: Any, min_value: Any, max_value: Any) -> tuple[list[date] | None, bool, date, date]:
    """Streamlit's checks and defaults: bounds default to 10 years around the value."""
    dates, is_range = _parse_dates(value)
    low = _bound(min_value, dates, -10, "min")
    high = _bound(max_value, dates, 10, "max")
    if isinstance(value, str) and value == "default_value_today" and dates:
        dates = [min(max(dates[0], low), high)]
    if low > high:
        raise StreamlitAPIException(
            f"The `min_value`, set to {low}, shouldn't be larger than the `max_value`, set to {high}."
        )
    if dates and (dates[0] < low or dates[-1] > high):
        raise StreamlitAPIException(
            f"The default `value` of {dates} must lie between the `min_value` of {low} and the `max_value` "
            f"of {high}, inclusively."
        )
    return dates, is_range, low, high


def _date_key(value: Any) -> str | None:
    return _as_date(value).strftime(_DATE_WIRE) if isinstance(value, date) else None


@dg_command
def date_input(
    dg: DeltaGenerator,
    label: str,
    value: Any = "default_value_today",
    min_value: date | datetime | None = None,
    max_value: date | datetime | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    format: str = "YYYY/MM/DD",
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> Any:
    """Display a date input with a calendar. Returns a date, None (`value=None`, nothing
    picked), or a tuple of 0-2 dates when `value` is a list/tuple (a range).

    `value` is "today" (the default), a date/datetime, None or a (start, end) sequence;
    `min_value`/`max_value` default to ten years before/after it. `format` is "YYYY/MM/DD",
    "DD/MM/YYYY" or "MM/DD/YYYY", with "/", "." or "-" as separator.
    """
    widget = Widget(dg, "date_input", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    if isinstance(value, str) and value in ("today", "default_value_today") or value is None:
        identity_value: Any = None
    elif isinstance(value, date):
        identity_value = _date_key(value)
    else:
        identity_value = [_date_key(v) for v in value] if isinstance(value, (list, tuple)) else repr(value)
    if not _DATE_FORMATS.match(str(format)):
        raise StreamlitAPIException(
            f"The provided format (`{format}`) is not valid. DateInput format should be one of `YYYY/MM/DD`, "
            "`DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen (-) as separators."
        )
    dates, is_range, low, high = date_values(value, min_value, max_value)
    state = current_session_state()
    if isinstance(value, str) and value == "default_value_today" and widget.key is not None and widget.key in state:
        # Single date or range? A value set through session state tells.
        dates, is_range, low, high = date_values(state[widget.key], min_value, max_value)

    def serialize(v: Any) -> list[str]:
        if v is None:
            return []
        return [_as_date(d).strftime(_DATE_WIRE) for d in (v if isinstance(v, (list, tuple)) else [v])]

    def deserialize(wire: Any) -> Any:
        picked: Sequence[date] | None = (
            [datetime.strptime(w, _DATE_WIRE).date() for w in wire] if wire is not None else dates)
        if not picked:
            return () if is_range else None
        return tuple(picked) if is_range else picked[0]

    registered = widget.register(
        default=deserialize(None),
        identity_params={"value": identity_value, "min_value": _date_key(min_value),
                         "max_value": _date_key(max_value), "help": help, "format": format},
        serialize=serialize, deserialize=deserialize,
        explicit_default=not (isinstance(value, str) and value == "default_value_today"),
    )
    widget.enqueue("date_input", value=registered.wire, is_range=is_range, min=low.strftime(_DATE_WIRE),
                   max=high.strftime(_DATE_WIRE), format=format, clearable=not dates)
    return registered.value


def _parse_time(value: Any) -> time | None:
    if value is None:
        return None
    if isinstance(value, str) and value == "now":
        return datetime.now().time().replace(second=0, microsecond=0)
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value
    raise StreamlitAPIException("The type of value should be one of datetime, time or None")


def _step_seconds(step: Any) -> int:
    if isinstance(step, bool) or not isinstance(step, (int, timedelta)):
        raise StreamlitAPIException(f"`step` can only be `int` or `timedelta` but {type(step)} is provided.")
    seconds = step.seconds if isinstance(step, timedelta) else step
    if seconds < 60 or seconds > timedelta(hours=23).seconds:
        raise StreamlitAPIException(
            f"`step` must be between 60 seconds and 23 hours but is currently set to {seconds} seconds."
        )
    return seconds


@dg_command
def time_input(
    dg: DeltaGenerator,
    label: str,
    value: time | datetime | Literal["now"] | None = "now",
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
    step: int | timedelta = timedelta(minutes=15),
) -> time | None:
    """Display a time input. Returns a `datetime.time`, or None with `value=None` until a time
    is chosen. `value` is "now" (the default, to the minute), a time or a datetime; `step`
    (seconds or a timedelta, 60 s to 23 h) spaces the times offered."""
    widget = Widget(dg, "time_input", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    parsed = _parse_time(value)
    identity_value = parsed.isoformat() if isinstance(value, (datetime, time)) and parsed else value
    seconds = _step_seconds(step)

    def serialize(v: Any) -> str | None:
        if v is None:
            return None
        return (v.time() if isinstance(v, datetime) else v).strftime(_TIME_WIRE)

    def deserialize(wire: Any) -> time | None:
        return parsed if wire is None else datetime.strptime(wire, _TIME_WIRE).time()

    registered = widget.register(
        default=parsed, identity_params={"value": identity_value, "help": help, "step": seconds},
        serialize=serialize, deserialize=deserialize, explicit_default=not (isinstance(value, str) and value == "now"),
    )
    widget.enqueue("time_input", value=registered.wire, step=seconds, clearable=parsed is None)
    return registered.value
