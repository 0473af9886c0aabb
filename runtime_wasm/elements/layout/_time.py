"""Durations given as numbers, timedeltas or strings ("10s", "1d2h34m", "2 days", "00:01:30")."""

from __future__ import annotations

import re
from datetime import timedelta

from appwasm.errors import StreamlitBadTimeStringError

# The units pandas.Timedelta accepts in strings (the parser Streamlit uses), in seconds.
_UNITS = {
    "w": 604800.0, "week": 604800.0, "weeks": 604800.0,
    "d": 86400.0, "day": 86400.0, "days": 86400.0,
    "h": 3600.0, "hr": 3600.0, "hour": 3600.0, "hours": 3600.0,
    "m": 60.0, "min": 60.0, "minute": 60.0, "minutes": 60.0, "t": 60.0,
    "s": 1.0, "sec": 1.0, "second": 1.0, "seconds": 1.0,
    "ms": 1e-3, "milli": 1e-3, "millis": 1e-3, "millisecond": 1e-3, "milliseconds": 1e-3, "l": 1e-3,
    "us": 1e-6, "micro": 1e-6, "micros": 1e-6, "microsecond": 1e-6, "microseconds": 1e-6, "u": 1e-6,
    "ns": 1e-9, "nano": 1e-9, "nanos": 1e-9, "nanosecond": 1e-9, "nanoseconds": 1e-9, "n": 1e-9,
}
_PART = re.compile(r"\s*([+-]?\d+(?:\.\d*)?|\.\d+)\s*([a-z]+)\s*,?", re.IGNORECASE)
_CLOCK = re.compile(r"^\s*(?:(\d+)\s+days?,?\s*)?(\d+):(\d{2}):(\d{2}(?:\.\d+)?)\s*$", re.IGNORECASE)


def time_to_seconds(value: float | timedelta | str) -> float:
    """Seconds in `value`: a number of seconds, a timedelta, or a pandas-style duration string."""
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, str):
        return _parse(value)
    return float(value)


def _parse(text: str) -> float:
    clock = _CLOCK.match(text)
    if clock:
        days, hours, minutes, seconds = clock.groups()
        return int(days or 0) * 86400.0 + int(hours) * 3600.0 + int(minutes) * 60.0 + float(seconds)
    total, position, found = 0.0, 0, False
    for match in _PART.finditer(text):
        if match.start() != position:
            break
        unit = _UNITS.get(match.group(2).lower())
        if unit is None:
            raise StreamlitBadTimeStringError(text)
        total += float(match.group(1)) * unit
        position, found = match.end(), True
    if not found or text[position:].strip():
        raise StreamlitBadTimeStringError(text)
    return total
