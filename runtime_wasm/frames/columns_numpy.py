"""numpy arrays and pandas Series/Index -> Arrow columns, mostly without copying.

Fixed-width data (ints, floats, datetimes, timedeltas, categorical codes) is sent as a view of
the array's own memory; only validity bitmaps, bit-packed bools and UTF-8 text are built here.
Only called with numpy (and pandas, for pandas objects) already imported by the app.
"""

from __future__ import annotations

from typing import Any

from appwasm.frames import codec
from appwasm.frames.codec import FrameBuilder, FrameColumn
from appwasm.frames.columns_python import encode_values, infer_kind, is_null

_NAT = -(2**63)


def _le(arr: Any) -> Any:
    import numpy as np

    arr = np.ascontiguousarray(arr)
    if arr.dtype.byteorder == ">":
        arr = arr.astype(arr.dtype.newbyteorder("<"))
    return arr


def _bits(flags: Any) -> Any:
    import numpy as np

    return np.packbits(np.asarray(flags, dtype=bool), bitorder="little")


def utf8_buffers(strings: list[str]) -> tuple[Any, Any, bool]:
    """(offsets, data, large) for a list of str; raises TypeError if one is not a str.

    One join and one encode for the whole column. The strings are joined with NUL
    separators, whose byte positions give the offsets at C speed; a column whose strings
    contain NUL themselves takes the per-string path.
    """
    import numpy as np

    n = len(strings)
    joined = "\0".join(strings).encode("utf-8", "surrogatepass")
    raw = np.frombuffer(joined, dtype=np.uint8)
    seps = np.flatnonzero(raw == 0)
    if len(seps) == max(0, n - 1):
        # A second join without separators is cheaper than deleting them from the bytes.
        data = np.frombuffer("".join(strings).encode("utf-8", "surrogatepass"), dtype=np.uint8) if len(seps) else raw
        large = len(data) >= 2**31
        offsets = np.empty(n + 1, dtype=np.int64 if large else np.int32)
        if n:
            offsets[0] = 0
            offsets[1:n] = seps - np.arange(len(seps))
            offsets[n] = len(data)
        else:
            offsets[0] = 0
        return offsets, data, large
    lengths = np.fromiter((len(s.encode("utf-8", "surrogatepass")) for s in strings), dtype=np.int64, count=n)
    data = np.frombuffer("".join(strings).encode("utf-8", "surrogatepass"), dtype=np.uint8)
    large = len(data) >= 2**31
    offsets = np.zeros(n + 1, dtype=np.int64 if large else np.int32)
    np.cumsum(lengths, out=offsets[1:], dtype=offsets.dtype)
    return offsets, data, large


def encode_strings(builder: FrameBuilder, name: str, objects: Any, nulls: Any, role: str, *,
                   all_str: bool = False) -> FrameColumn:
    """A utf8 column from objects (str() of non-strings) with a null mask.

    `objects` is a list or an object ndarray. With `all_str` (pandas inferred "string") and
    `nulls` None, the mask is computed only if a value turns out not to be a str.
    """
    import numpy as np

    values = objects.tolist() if isinstance(objects, np.ndarray) else list(objects)
    if nulls is None and all_str:
        try:
            offsets, data, large = utf8_buffers(values)
        except TypeError:  # a null among the strings
            from pandas import isna

            nulls = isna(np.asarray(objects, dtype=object))
        else:
            return builder.column(name, codec.LARGE_UTF8 if large else codec.UTF8, len(values),
                                  offsets=offsets, data=data, role=role)
    nulls = np.asarray(nulls, dtype=bool) if nulls is not None else np.zeros(len(values), dtype=bool)
    null_count = int(nulls.sum())
    if null_count:
        array = np.array(values, dtype=object)
        array[nulls] = ""
        values = array.tolist()
    strings = values if all_str else [o if type(o) is str else str(o) for o in values]
    offsets, data, large = utf8_buffers(strings)
    return builder.column(name, codec.LARGE_UTF8 if large else codec.UTF8, len(strings), null_count=null_count,
                          validity=_bits(~nulls) if null_count else None, offsets=offsets, data=data, role=role)


def _fixed(builder: FrameBuilder, name: str, type_: dict[str, Any], data: Any, nulls: Any, role: str,
           length: int | None = None) -> FrameColumn:
    null_count = int(nulls.sum()) if nulls is not None else 0
    return builder.column(name, type_, len(data) if length is None else length, null_count=null_count,
                          validity=_bits(~nulls) if null_count else None, data=_le(data), role=role)


def _numpy_column(builder: FrameBuilder, name: str, arr: Any, nulls: Any, role: str) -> FrameColumn:
    """A column from a plain numpy array (`nulls`: a mask, or None to derive it)."""
    import numpy as np

    kind = arr.dtype.kind
    if kind == "b":
        return _fixed(builder, name, codec.BOOL, _bits(arr), nulls, role, length=len(arr))
    if kind in "iu":
        return _fixed(builder, name, codec.int_type(arr.dtype.itemsize * 8, kind == "i"), arr, nulls, role)
    if kind == "f":
        if arr.dtype.itemsize > 8:
            arr = arr.astype(np.float64)
        mask = np.isnan(arr) if nulls is None else nulls
        return _fixed(builder, name, codec.float_type(arr.dtype.itemsize * 8), arr, mask, role)
    if kind in "mM":
        unit = np.datetime_data(arr.dtype)[0]
        if unit not in codec.UNITS:
            unit = "s" if unit in ("Y", "M", "W", "D", "h", "m") else "ns"
            arr = arr.astype(f"{'datetime64' if kind == 'M' else 'timedelta64'}[{unit}]")
        ints = arr.view(np.int64)
        mask = ints == _NAT if nulls is None else nulls
        type_ = codec.timestamp_type(unit, None) if kind == "M" else codec.duration_type(unit)
        return _fixed(builder, name, type_, ints, mask, role)
    if kind in "US":
        values = arr.tolist()
        return encode_values(builder, name, values, role=role, kind="str" if kind == "U" else "bytes")
    if kind == "c":
        return encode_strings(builder, name, arr, np.zeros(len(arr), dtype=bool), role)
    return _object_column(builder, name, arr, role)


def _object_column(builder: FrameBuilder, name: str, arr: Any, role: str) -> FrameColumn:
    """Object arrays: strings take the fast path; other kinds are inferred from the values."""
    import numpy as np

    try:
        from pandas import isna
        from pandas.api.types import infer_dtype
    except ImportError:  # numpy without pandas
        values = arr.tolist()
        if infer_kind(values) == "str":
            nulls = np.fromiter(map(is_null, values), dtype=bool, count=len(values))
            return encode_strings(builder, name, values, nulls, role, all_str=True)
        return encode_values(builder, name, values, role=role)
    inferred = infer_dtype(arr, skipna=True)
    if inferred == "string":
        return encode_strings(builder, name, arr, None, role, all_str=True)
    if inferred in ("mixed-integer", "complex"):
        return encode_strings(builder, name, arr, isna(arr), role)
    return encode_values(builder, name, arr.tolist(), role=role)


def encode_array(builder: FrameBuilder, name: str, values: Any, *, role: str = "data") -> FrameColumn:
    """One column from a numpy array or a pandas Series/Index/ExtensionArray."""
    import numpy as np

    dtype = values.dtype
    if isinstance(values, np.ndarray):
        return _numpy_column(builder, name, values, None, role)
    array = getattr(values, "array", values)  # Series/Index -> ExtensionArray (or NumpyExtensionArray)
    dtype_name = type(dtype).__name__
    if dtype_name == "CategoricalDtype":
        return _categorical(builder, name, array, role)
    if dtype_name == "DatetimeTZDtype":
        from appwasm.frames.columns_python import _tz_name

        ints = np.asarray(array.asi8, dtype=np.int64)
        tz = _tz_name(dtype.tz, __import__("datetime").datetime(2000, 1, 1)) or "UTC"
        return _fixed(builder, name, codec.timestamp_type(getattr(dtype, "unit", "ns"), tz), ints, ints == _NAT, role)
    if hasattr(array, "_pa_array"):  # pandas' pyarrow-backed arrays (ArrowDtype, "string[pyarrow]", pandas 3 "str")
        from appwasm.frames.columns_arrow import encode_arrow

        return encode_arrow(builder, name, array._pa_array, role=role)
    if hasattr(array, "_mask") and hasattr(array, "_data"):  # nullable Int64, Float64, boolean
        return _numpy_column(builder, name, np.asarray(array._data), np.asarray(array._mask, dtype=bool), role)
    if dtype_name in ("StringDtype",):
        objects = array.to_numpy(dtype=object, na_value=None)
        return encode_strings(builder, name, objects, np.equal(objects, None), role, all_str=True)
    if dtype_name == "SparseDtype":
        return encode_array(builder, name, np.asarray(array.to_dense()), role=role)
    if isinstance(dtype, np.dtype):
        return _numpy_column(builder, name, np.asarray(array), None, role)
    # Period, Interval and other extension types: shown as text, as Streamlit does.
    objects = np.asarray(array, dtype=object)
    nulls = np.fromiter(map(is_null, objects.tolist()), dtype=bool, count=len(objects))
    return encode_strings(builder, name, objects, nulls, role)


def _categorical(builder: FrameBuilder, name: str, array: Any, role: str) -> FrameColumn:
    import numpy as np

    codes = np.asarray(array.codes)
    nulls = codes < 0
    indices = np.where(nulls, 0, codes).astype(codes.dtype) if nulls.any() else codes
    dictionary = encode_array(builder, "dictionary", array.categories, role="dictionary")
    column = _fixed(builder, name, dictionary["type"], indices, nulls, role)
    column["dictionary"] = {
        "indexType": codec.int_type(codes.dtype.itemsize * 8, True),
        "isOrdered": bool(array.ordered),
        "values": dictionary,
    }
    return column
