"""Dates and times on the wire: microseconds since the epoch, read as UTC wall-clock time.

The renderer knows no time zones. A datetime's wall-clock reading is sent as if it were UTC and
its tzinfo is put back when the value returns, so what the user sees is exactly the value given.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_TIME_DAY = date(2000, 1, 1)


def datetime_to_micros(value: datetime) -> int:
    return (value.replace(tzinfo=timezone.utc) - _EPOCH) // timedelta(microseconds=1)


def micros_to_datetime(micros: float, tzinfo: object = None) -> datetime:
    result = _EPOCH + timedelta(microseconds=int(micros))
    return result.replace(tzinfo=tzinfo)  # type: ignore[arg-type]


def date_to_micros(value: date) -> int:
    return datetime_to_micros(datetime.combine(value, time.min))


def micros_to_date(micros: float) -> date:
    return micros_to_datetime(micros).date()


def time_to_micros(value: time) -> int:
    return datetime_to_micros(datetime.combine(_TIME_DAY, value.replace(tzinfo=None)))


def micros_to_time(micros: float, tzinfo: object = None) -> time:
    return micros_to_datetime(micros).time().replace(tzinfo=tzinfo)  # type: ignore[arg-type]


def timedelta_to_micros(value: timedelta) -> int:
    return value // timedelta(microseconds=1)
