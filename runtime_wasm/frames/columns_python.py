"""Python values -> Arrow columns, with the standard library only (no numpy, no pandas).

Used for plain lists and dicts (an app that never imports pandas still shows a table), for
pandas object columns, and as the fallback for types the fast paths do not know. The type is
inferred from the non-null values, as pyarrow would; values of mixed types become their str().
"""

from __future__ import annotations

import datetime
import decimal
import math
import numbers
from array import array
from itertools import accumulate
from typing import Any

from appwasm.frames import codec
from appwasm.frames.codec import FrameBuilder, FrameColumn

_EPOCH = datetime.datetime(1970, 1, 1)
_EPOCH_UTC = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
_EPOCH_DATE = datetime.date(1970, 1, 1)
_US = datetime.timedelta(microseconds=1)
_INT64 = (-(2**63), 2**63 - 1)


def is_null(value: Any) -> bool:
    """None, NaN, pandas.NA and NaT are all "no value"."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool) or type(value).__name__ == "bool_"


def _is_list_like(value: Any) -> bool:
    return isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray"


def infer_kind(values: list[Any]) -> str:
    """The kind shared by the non-null values: bool, int, float, str, bytes, datetime, date,
    time, timedelta, decimal, list, null, or "mixed" (shown as text)."""
    kinds: set[str] = set()
    for v in values:
        if is_null(v):
            continue
        if _is_bool(v):
            kinds.add("bool")
        elif isinstance(v, numbers.Integral):
            kinds.add("int")
        elif isinstance(v, float) or (isinstance(v, numbers.Real) and not isinstance(v, decimal.Decimal)):
            kinds.add("float")
        elif isinstance(v, str):
            kinds.add("str")
        elif isinstance(v, (bytes, bytearray, memoryview)):
            kinds.add("bytes")
        elif isinstance(v, datetime.datetime):
            kinds.add("datetime")
        elif isinstance(v, datetime.date):
            kinds.add("date")
        elif isinstance(v, datetime.time):
            kinds.add("time")
        elif isinstance(v, datetime.timedelta):
            kinds.add("timedelta")
        elif isinstance(v, decimal.Decimal):
            kinds.add("decimal")
        elif _is_list_like(v):
            kinds.add("list")
        else:
            return "mixed"
        if len(kinds) > 1 and kinds != {"int", "float"}:
            return "mixed"
    if not kinds:
        return "null"
    return "float" if kinds == {"int", "float"} else kinds.pop()


def _tz_name(tz: datetime.tzinfo | None, sample: datetime.datetime) -> str | None:
    if tz is None:
        return None
    for attr in ("key", "zone"):  # zoneinfo, pytz
        name = getattr(tz, attr, None)
        if isinstance(name, str):
            return name
    offset = tz.utcoffset(sample)
    if offset is None:
        return None
    if offset == datetime.timedelta(0) and str(tz) in ("UTC", "UTC+00:00"):
        return "UTC"
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def encode_values(builder: FrameBuilder, name: str, values: list[Any], *, role: str = "data",
                  kind: str | None = None) -> FrameColumn:
    """One column from Python values (`kind` forces the inferred kind)."""
    values = list(values)
    n = len(values)
    kind = kind or infer_kind(values)
    nulls = [is_null(v) for v in values]
    null_count = sum(nulls)
    validity = codec.pack_bits([not x for x in nulls]) if null_count else None
    extra: dict[str, Any] = {"role": role}

    def col(type_: dict[str, Any], **buffers: Any) -> FrameColumn:
        return builder.column(name, type_, n, null_count=null_count, validity=validity, **buffers, **extra)

    if kind == "null":
        column = builder.column(name, codec.NULL, n, role=role)
        column["null_count"] = n
        return column
    if kind == "bool":
        return col(codec.BOOL, data=codec.pack_bits([bool(v) and not x for v, x in zip(values, nulls)]))
    if kind == "int":
        ints = [0 if x else int(v) for v, x in zip(values, nulls)]
        if ints and (min(ints) < _INT64[0] or max(ints) > _INT64[1]):
            return encode_values(builder, name, values, role=role, kind="mixed")
        return col(codec.int_type(64), data=array("q", ints))
    if kind == "float":
        return col(codec.float_type(64), data=array("d", [math.nan if x else float(v) for v, x in zip(values, nulls)]))
    if kind in ("str", "mixed"):
        strings = ["" if x else (v if isinstance(v, str) else str(v)) for v, x in zip(values, nulls)]
        return _utf8_column(builder, name, strings, null_count, validity, extra)
    if kind == "bytes":
        parts = [b"" if x else bytes(v) for v, x in zip(values, nulls)]
        offsets = array("i", [0, *accumulate(map(len, parts))])
        return col(codec.BINARY, offsets=offsets, data=b"".join(parts))
    if kind == "datetime":
        sample = next(v for v, x in zip(values, nulls) if not x)
        tz = _tz_name(sample.tzinfo, sample)
        epoch = _EPOCH if sample.tzinfo is None else _EPOCH_UTC
        try:
            micros = [0 if x else (v - epoch) // _US for v, x in zip(values, nulls)]
        except TypeError:  # naive and aware datetimes mixed
            return encode_values(builder, name, values, role=role, kind="mixed")
        return col(codec.timestamp_type("us", tz), data=array("q", micros))
    if kind == "date":
        return col(codec.DATE_DAY, data=array("i", [0 if x else (v - _EPOCH_DATE).days for v, x in zip(values, nulls)]))
    if kind == "time":
        micros = [0 if x else ((v.hour * 60 + v.minute) * 60 + v.second) * 1_000_000 + v.microsecond
                  for v, x in zip(values, nulls)]
        return col(codec.TIME_US, data=array("q", micros))
    if kind == "timedelta":
        return col(codec.duration_type("us"), data=array("q", [0 if x else v // _US for v, x in zip(values, nulls)]))
    if kind == "decimal":
        return _decimal_column(builder, name, values, nulls, null_count, validity, extra)
    if kind == "list":
        return _list_column(builder, name, values, nulls, null_count, validity, extra)
    raise AssertionError(kind)


def _utf8_column(builder: FrameBuilder, name: str, strings: list[str], null_count: int, validity: Any,
                 extra: dict[str, Any]) -> FrameColumn:
    data, lengths = codec.utf8_parts(strings)
    large = len(data) >= 2**31
    offsets = array("q" if large else "i", [0, *accumulate(lengths)])
    return builder.column(name, codec.LARGE_UTF8 if large else codec.UTF8, len(strings), null_count=null_count,
                          validity=validity, offsets=offsets, data=data, **extra)


def _decimal_column(builder: FrameBuilder, name: str, values: list[Any], nulls: list[bool], null_count: int,
                    validity: Any, extra: dict[str, Any]) -> FrameColumn:
    present = [v for v, x in zip(values, nulls) if not x and v.is_finite()]
    scale = max([max(0, -int(v.as_tuple().exponent)) for v in present] or [0])
    digits = [0 if x or not v.is_finite() else int(v.scaleb(scale)) for v, x in zip(values, nulls)]
    precision = max([scale + 1, *(len(str(abs(d))) for d in digits)])
    if precision > 38:
        return encode_values(builder, name, values, role=extra["role"], kind="mixed")
    data = b"".join(codec.decimal_bytes(d) for d in digits)
    return builder.column(name, codec.decimal_type(max(precision, scale), scale), len(values),
                          null_count=null_count, validity=validity, data=data, **extra)


def _list_column(builder: FrameBuilder, name: str, values: list[Any], nulls: list[bool], null_count: int,
                 validity: Any, extra: dict[str, Any]) -> FrameColumn:
    items = [[] if x else list(v) for v, x in zip(values, nulls)]
    flat = [item for row in items for item in row]
    child = encode_values(builder, "item", flat, role="item")
    offsets = array("i", [0, *accumulate(map(len, items))])
    return builder.column(name, codec.LIST, len(values), null_count=null_count, validity=validity,
                          offsets=offsets, children=[child], **extra)
