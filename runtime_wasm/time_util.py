"""`streamlit.time_util`: time strings such as a cache's `ttl="1h"`.

Streamlit reads these with pandas' Timedelta; the runtime must not import pandas just for
that (it costs seconds in the browser), so the common forms are parsed here: "1d2h34m",
"1.5 days", "2 hours 30 minutes", "90s", "10ms", "1w", "01:30:00" and "2 days 01:30:00".
A string none of these fit is handed to pandas when pandas is already loaded, else it is
reported with Streamlit's error.
"""

from __future__ import annotations

import math
import re
import sys
from datetime import timedelta
from typing import Literal, overload

from appwasm.errors import StreamlitBadTimeStringError

BadTimeStringError = StreamlitBadTimeStringError

# Unit spellings pandas accepts, in seconds.
_UNITS: dict[str, float] = {}
for _names, _seconds in (
    (("w", "wk", "week", "weeks"), 604800.0),
    (("d", "day", "days"), 86400.0),
    (("h", "hr", "hour", "hours"), 3600.0),
    (("m", "min", "minute", "minutes", "t"), 60.0),
    (("s", "sec", "second", "seconds"), 1.0),
    (("ms", "milli", "millis", "millisecond", "milliseconds", "l"), 1e-3),
    (("us", "micro", "micros", "microsecond", "microseconds", "u", "µs"), 1e-6),
    (("ns", "nano", "nanos", "nanosecond", "nanoseconds", "n"), 1e-9),
):
    for _name in _names:
        _UNITS[_name] = _seconds

_NUMBER = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?"
_PART = re.compile(rf"\s*({_NUMBER})\s*([a-zµ]+)\s*,?", re.IGNORECASE)
_CLOCK = re.compile(r"^(?:(\d+)\s*days?\s*,?\s*)?(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$", re.IGNORECASE)


def _parse(text: str) -> float | None:
    s = text.strip().lower()
    if not s:
        return None
    clock = _CLOCK.match(s)
    if clock:
        days, hours, minutes, seconds = clock.groups()
        return int(days or 0) * 86400 + int(hours) * 3600 + int(minutes) * 60 + float(seconds or 0)
    total = 0.0
    position = 0
    while position < len(s):
        part = _PART.match(s, position)
        if part is None:
            return None
        unit = _UNITS.get(part.group(2))
        if unit is None:
            return None
        total += float(part.group(1)) * unit
        position = part.end()
    return total


@overload
def time_to_seconds(t: float | timedelta | str | None, *, coerce_none_to_inf: Literal[False]) -> float | None: ...


@overload
def time_to_seconds(t: float | timedelta | str | None) -> float: ...


def time_to_seconds(t: float | timedelta | str | None, *, coerce_none_to_inf: bool = True) -> float | None:
    """Seconds as a float: None -> infinity (or None), a timedelta, a number, or a string."""
    if t is None:
        return math.inf if coerce_none_to_inf else None
    if isinstance(t, timedelta):
        return t.total_seconds()
    if isinstance(t, str):
        seconds = _parse(t)
        if seconds is None and "pandas" in sys.modules:
            try:
                seconds = sys.modules["pandas"].Timedelta(t).total_seconds()
            except (ValueError, TypeError):
                seconds = None
        if seconds is None or math.isnan(seconds):
            raise StreamlitBadTimeStringError(t)
        return seconds
    return t
