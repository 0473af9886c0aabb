"""pyarrow arrays -> frame columns: their buffers are already in the wire layout.

Only called when the app handed us pyarrow data (a Table, or pandas' pyarrow-backed columns),
so pyarrow is already imported. Types without a direct mapping are cast or shown as text.
"""

from __future__ import annotations

from typing import Any

from appwasm.frames import codec
from appwasm.frames.codec import FrameBuilder, FrameColumn
from appwasm.frames.columns_python import encode_values

_UNIT = {"s": "s", "ms": "ms", "us": "us", "ns": "ns"}


def _flat(arr: Any) -> Any:
    """One contiguous Array starting at offset 0 (chunks combined, slices copied)."""
    import pyarrow as pa

    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks != 1 else arr.chunk(0)
    if arr.offset != 0:
        arr = pa.concat_arrays([arr.slice(0, 0), arr]) if len(arr) else arr
    return arr


def _buf(buffer: Any, nbytes: int) -> memoryview | None:
    if buffer is None:
        return None
    return memoryview(buffer).cast("B")[:nbytes]


def encode_arrow(builder: FrameBuilder, name: str, arr: Any, *, role: str = "data") -> FrameColumn:
    """One column from a pyarrow Array or ChunkedArray."""
    import pyarrow as pa
    import pyarrow.types as t

    arr = _flat(arr)
    if arr.offset != 0:  # a slice pyarrow would not copy: fall back to the values
        return encode_values(builder, name, arr.to_pylist(), role=role)
    typ = arr.type
    n = len(arr)
    nulls = arr.null_count
    bufs = arr.buffers()
    validity = _buf(bufs[0], (n + 7) // 8) if nulls else None

    def fixed(type_: dict[str, Any], width: int) -> FrameColumn:
        data = _buf(bufs[1], (n + 7) // 8 if width == 0 else n * width)
        return builder.column(name, type_, n, null_count=nulls, validity=validity, data=data, role=role)

    if t.is_null(typ):
        col = builder.column(name, codec.NULL, n, role=role)
        col["null_count"] = n
        return col
    if t.is_boolean(typ):
        return fixed(codec.BOOL, 0)
    if t.is_integer(typ):
        return fixed(codec.int_type(typ.bit_width, t.is_signed_integer(typ)), typ.bit_width // 8)
    if t.is_floating(typ):
        return fixed(codec.float_type(typ.bit_width), typ.bit_width // 8)
    if t.is_timestamp(typ):
        return fixed(codec.timestamp_type(_UNIT[typ.unit], typ.tz), 8)
    if t.is_duration(typ):
        return fixed(codec.duration_type(_UNIT[typ.unit]), 8)
    if t.is_date32(typ):
        return fixed(codec.DATE_DAY, 4)
    if t.is_date64(typ):
        return encode_arrow(builder, name, arr.cast(pa.date32()), role=role)
    if t.is_time(typ):
        if typ != pa.time64("us"):
            return encode_arrow(builder, name, arr.cast(pa.time64("us")), role=role)
        return fixed(codec.TIME_US, 8)
    if t.is_decimal128(typ):
        return fixed(codec.decimal_type(typ.precision, typ.scale), 16)
    if t.is_string(typ) or t.is_large_string(typ) or t.is_binary(typ) or t.is_large_binary(typ):
        large = t.is_large_string(typ) or t.is_large_binary(typ)
        width = 8 if large else 4
        offsets = _buf(bufs[1], (n + 1) * width)
        end = int(memoryview(offsets).cast("q" if large else "i")[n]) if n else 0
        if t.is_string(typ) or t.is_large_string(typ):
            type_ = codec.LARGE_UTF8 if large else codec.UTF8
        elif large:
            return encode_arrow(builder, name, arr.cast(pa.binary()), role=role)
        else:
            type_ = codec.BINARY
        return builder.column(name, type_, n, null_count=nulls, validity=validity, offsets=offsets,
                              data=_buf(bufs[2], end) if bufs[2] is not None else b"", role=role)
    if hasattr(t, "is_string_view") and (t.is_string_view(typ) or t.is_large_list(typ)):
        return encode_arrow(builder, name, arr.cast(pa.string() if t.is_string_view(typ) else pa.list_(typ.value_type)),
                            role=role)
    if t.is_dictionary(typ):
        values = encode_arrow(builder, "dictionary", arr.dictionary, role="dictionary")
        width = typ.index_type.bit_width
        col = builder.column(name, values["type"], n, null_count=nulls, validity=validity,
                             data=_buf(bufs[1], n * width // 8), role=role)
        col["dictionary"] = {"indexType": codec.int_type(width, t.is_signed_integer(typ.index_type)),
                             "isOrdered": bool(typ.ordered), "values": values}
        return col
    if t.is_list(typ):
        child = encode_arrow(builder, "item", arr.values, role="item")
        return builder.column(name, codec.LIST, n, null_count=nulls, validity=validity,
                              offsets=_buf(bufs[1], (n + 1) * 4), children=[child], role=role)
    return encode_values(builder, name, [None if v is None else str(v) for v in arr.to_pylist()], role=role,
                         kind="str")
