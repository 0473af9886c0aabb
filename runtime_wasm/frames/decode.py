"""EncodedFrame -> pandas.DataFrame (the reverse of the codec, for AppTest and the editor).

Only used on hosts that have numpy and pandas (AppTest on CPython, data_editor with pandas).
Types come back as pyarrow's `to_pandas` would give them, except that integers with nulls
become pandas' nullable integers instead of floats.
"""

from __future__ import annotations

import datetime
import decimal
from typing import Any

from appwasm.frames.codec import EncodedFrame, FrameColumn

_UNIT = {"SECOND": "s", "MILLISECOND": "ms", "MICROSECOND": "us", "NANOSECOND": "ns"}


def _buf(buffers: list[Any], index: int | None) -> memoryview:
    return memoryview(buffers[index]).cast("B") if index is not None else memoryview(b"")


def _validity(col: FrameColumn, buffers: list[Any]) -> Any:
    import numpy as np

    n = col["length"]
    if not col.get("null_count") or col.get("validity") is None:
        return np.ones(n, dtype=bool) if col["type"]["name"] != "null" else np.zeros(n, dtype=bool)
    bits = np.frombuffer(_buf(buffers, col["validity"]), dtype=np.uint8)
    return np.unpackbits(bits, bitorder="little")[:n].astype(bool)


def decode_column(col: FrameColumn, buffers: list[Any]) -> Any:
    """One column as a pandas-ready array (numpy array, pandas array or Categorical)."""
    import numpy as np
    import pandas as pd

    n = col["length"]
    typ = col["type"]
    name = typ["name"]
    if "range" in col:
        r = col["range"]
        return pd.RangeIndex(r["start"], r["start"] + r["step"] * n, r["step"])
    valid = _validity(col, buffers)
    if "dictionary" in col:
        d = col["dictionary"]
        categories = decode_column(d["values"], buffers)
        it = d["indexType"]
        codes = np.frombuffer(_buf(buffers, col["data"]), dtype=f"<{'i' if it['isSigned'] else 'u'}{it['bitWidth'] // 8}")[:n]
        codes = np.where(valid, codes, -1)
        return pd.Categorical.from_codes(codes, categories=pd.Index(categories), ordered=d["isOrdered"])
    data = _buf(buffers, col.get("data"))
    if name == "null":
        return np.array([None] * n, dtype=object)
    if name == "int":
        values = np.frombuffer(data, dtype=f"<{'i' if typ['isSigned'] else 'u'}{typ['bitWidth'] // 8}")[:n]
        if valid.all():
            return values.copy()
        return pd.arrays.IntegerArray(values.copy(), ~valid)
    if name == "floatingpoint":
        width = {"HALF": 2, "SINGLE": 4, "DOUBLE": 8}[typ["precision"]]
        values = np.frombuffer(data, dtype=f"<f{width}")[:n].copy()
        values[~valid] = np.nan
        return values
    if name == "bool":
        values = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder="little")[:n].astype(bool)
        return values if valid.all() else pd.arrays.BooleanArray(values, ~valid)
    if name in ("utf8", "largeutf8", "binary"):
        offsets = np.frombuffer(_buf(buffers, col["offsets"]), dtype="<i8" if name == "largeutf8" else "<i4")
        raw = bytes(data)
        out = [raw[offsets[i]:offsets[i + 1]] for i in range(n)]
        if name != "binary":
            out = [b.decode("utf-8", "surrogatepass") for b in out]
        return np.array([v if ok else None for v, ok in zip(out, valid.tolist())], dtype=object)
    if name in ("timestamp", "duration"):
        unit = _UNIT[typ["unit"]]
        ints = np.frombuffer(data, dtype="<i8")[:n].copy()
        ints[~valid] = np.iinfo(np.int64).min
        kind = "datetime64" if name == "timestamp" else "timedelta64"
        values = ints.view(f"{kind}[{unit}]")
        if name == "timestamp" and typ.get("timezone"):
            return pd.DatetimeIndex(values).tz_localize("UTC").tz_convert(typ["timezone"]).array
        return values
    if name == "date":
        days = np.frombuffer(data, dtype="<i4")[:n]
        epoch = datetime.date(1970, 1, 1)
        return np.array([epoch + datetime.timedelta(days=int(d)) if ok else None
                         for d, ok in zip(days, valid.tolist())], dtype=object)
    if name == "time":
        micros = np.frombuffer(data, dtype="<i8")[:n]
        return np.array([(datetime.datetime.min + datetime.timedelta(microseconds=int(m))).time() if ok else None
                         for m, ok in zip(micros, valid.tolist())], dtype=object)
    if name == "decimal":
        raw = bytes(data)
        scale = typ["scale"]
        return np.array([decimal.Decimal(int.from_bytes(raw[16 * i:16 * i + 16], "little", signed=True)).scaleb(-scale)
                         if ok else None for i, ok in enumerate(valid.tolist())], dtype=object)
    if name == "list":
        child = decode_column(col["children"][0], buffers)
        child_list = list(child)
        offsets = np.frombuffer(_buf(buffers, col["offsets"]), dtype="<i4")
        return np.array([child_list[offsets[i]:offsets[i + 1]] if ok else None
                         for i, ok in enumerate(valid.tolist())], dtype=object)
    raise ValueError(f"cannot decode a column of type {typ}")


def decode_frame(frame: EncodedFrame, *, frames: list[EncodedFrame] | None = None) -> Any:
    """The frame (or the concatenation of `frames`, as add_rows builds them) as a DataFrame."""
    import pandas as pd

    parts = [_decode_one(f) for f in (frames or [frame])]
    if len(parts) == 1:
        return parts[0]
    return pd.concat(parts)


def _decode_one(frame: EncodedFrame) -> Any:
    import pandas as pd

    index_cols = [c for c in frame.columns if c.get("role") == "index"]
    data_cols = [c for c in frame.columns if c.get("role") == "data"]
    data = {}
    for i, col in enumerate(data_cols):
        data[i] = decode_column(col, frame.buffers)
    df = pd.DataFrame(data, index=_index(index_cols, frame.buffers, frame.num_rows))
    df.columns = [c["name"] for c in data_cols]
    return df


def _index(cols: list[FrameColumn], buffers: list[Any], n: int) -> Any:
    import pandas as pd

    if not cols:
        return pd.RangeIndex(n)
    arrays = [decode_column(c, buffers) for c in cols]
    names = [c["name"] or None for c in cols]
    if len(arrays) == 1:
        if isinstance(arrays[0], pd.RangeIndex):
            return arrays[0].rename(names[0])
        return pd.Index(arrays[0], name=names[0])
    return pd.MultiIndex.from_arrays([list(a) for a in arrays], names=names)
