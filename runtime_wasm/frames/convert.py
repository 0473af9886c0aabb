"""Anything st.dataframe accepts -> an EncodedFrame, following Streamlit's conversion rules.

pandas objects, numpy arrays and pyarrow Tables take fast columnar paths. Plain Python data
(lists, tuples, sets, dicts, iterables) is converted without pandas when the app has not
imported it, so an app that never imports pandas does not load it in the browser; the result
is the same as Streamlit's pandas-based conversion (column names, hidden index, "value").
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from appwasm.errors import StreamlitAPIException
from appwasm.frames.codec import EncodedFrame, FrameBuilder, FrameColumn, int_type
from appwasm.frames.columns_python import encode_values, infer_kind

# Streamlit's data formats (dataframe_util.DataFormat) whose default index is not shown.
HIDDEN_INDEX_FORMATS = {
    "SET_OF_VALUES", "TUPLE_OF_VALUES", "LIST_OF_VALUES", "NUMPY_LIST", "NUMPY_MATRIX", "LIST_OF_RECORDS",
    "LIST_OF_ROWS", "COLUMN_VALUE_MAPPING", "PANDAS_INDEX", "PYARROW_TABLE",
}
# Formats whose single column pandas calls 0 and Streamlit shows as "value".
VALUE_COLUMN_FORMATS = {"SET_OF_VALUES", "TUPLE_OF_VALUES", "LIST_OF_VALUES", "NUMPY_LIST", "KEY_VALUE_DICT"}

# Tests set this to exercise the pandas-free path on a host that has pandas.
FORCE_LITE = False


def _module(name: str) -> Any:
    return sys.modules.get(name)


def _type_names(obj: Any) -> set[str]:
    return {f"{c.__module__}.{c.__qualname__}" for c in type(obj).__mro__}


def is_styler(obj: Any) -> bool:
    return "pandas.io.formats.style.Styler" in _type_names(obj)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (list, tuple, set, frozenset, dict)) and type(value).__name__ not in (
        "ndarray", "Series", "DataFrame")


def data_format(data: Any) -> str:
    """Streamlit's DataFormat name for `data` (see dataframe_util.determine_data_format)."""
    pd, np, pa = _module("pandas"), _module("numpy"), _module("pyarrow")
    if data is None:
        return "EMPTY"
    if pd is not None:
        if isinstance(data, pd.DataFrame):
            return "PANDAS_DATAFRAME"
        if isinstance(data, pd.Series):
            return "PANDAS_SERIES"
        if isinstance(data, pd.Index):
            return "PANDAS_INDEX"
    if np is not None and isinstance(data, np.ndarray):
        return "NUMPY_LIST" if data.ndim <= 1 else "NUMPY_MATRIX"
    if pa is not None and isinstance(data, pa.Table):
        return "PYARROW_TABLE"
    if is_styler(data):
        return "PANDAS_STYLER"
    if isinstance(data, (list, tuple, set, frozenset)):
        if all(_is_scalar(v) for v in data):
            if isinstance(data, tuple):
                return "TUPLE_OF_VALUES"
            return "SET_OF_VALUES" if isinstance(data, (set, frozenset)) else "LIST_OF_VALUES"
        first = next(iter(data))
        if isinstance(first, dict):
            return "LIST_OF_RECORDS"
        if isinstance(first, (list, tuple, set)):
            return "LIST_OF_ROWS"
        return "UNKNOWN"
    if isinstance(data, dict):
        if not data:
            return "KEY_VALUE_DICT"
        first = next(iter(data.values()))
        if isinstance(first, dict):
            return "COLUMN_INDEX_MAPPING"
        if isinstance(first, (list, tuple)):
            return "COLUMN_VALUE_MAPPING"
        if pd is not None and isinstance(first, pd.Series):
            return "COLUMN_SERIES_MAPPING"
        if all(_is_scalar(v) for v in data.values()):
            return "KEY_VALUE_DICT"
    return "UNKNOWN"


@dataclass
class Table:
    """Data in a shape the encoder takes: a pandas DataFrame, or plain columns (lite path)."""

    data_format: str
    df: Any = None  # pandas.DataFrame (pandas path)
    # Lite path: (name, values) pairs; index None means a RangeIndex of num_rows.
    columns: list[tuple[str, list[Any]]] = field(default_factory=list)
    index: list[tuple[str, list[Any]]] | None = None
    num_rows: int = 0
    arrow: Any = None  # pyarrow.Table, encoded directly
    styler: Any = None

    @property
    def hide_index_default(self) -> bool:
        return self.data_format in HIDDEN_INDEX_FORMATS


def _unconvertible(data: Any) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\nOffending object:\n```py\n{data}\n```"
    )


def to_table(data: Any, *, use_pandas: bool | None = None) -> Table:
    """Normalize `data` (anything st.dataframe accepts) into a Table."""
    fmt = data_format(data)
    if fmt == "PYARROW_TABLE":
        return Table(fmt, arrow=data, num_rows=data.num_rows)
    if use_pandas is None:
        use_pandas = _module("pandas") is not None and not FORCE_LITE
    if fmt == "UNKNOWN" and not use_pandas:
        if hasattr(data, "to_arrow") and _module("pyarrow") is not None:
            table = data.to_arrow()
            return Table("PYARROW_TABLE", arrow=table, num_rows=table.num_rows)
        if hasattr(data, "__iter__") and not isinstance(data, (str, bytes, dict)):
            # pandas.DataFrame(iterable): rows of an unknown format, shown with their index.
            table = to_table(list(data), use_pandas=False)
            table.columns = [("0" if name == "value" else name, values) for name, values in table.columns]
            table.data_format = "UNKNOWN"
            return table
        raise _unconvertible(data)
    if use_pandas or fmt in ("PANDAS_DATAFRAME", "PANDAS_SERIES", "PANDAS_INDEX", "PANDAS_STYLER",
                             "COLUMN_SERIES_MAPPING"):
        df, styler = to_pandas(data, fmt)
        return Table(fmt, df=df, num_rows=len(df), styler=styler)
    if fmt in ("NUMPY_LIST", "NUMPY_MATRIX"):
        return _numpy_table(data, fmt)
    return _lite_table(data, fmt)


def to_pandas(data: Any, fmt: str | None = None, *, ensure_copy: bool = False) -> tuple[Any, Any]:
    """(pandas.DataFrame, Styler or None), as Streamlit's convert_anything_to_pandas_df."""
    import pandas as pd

    fmt = fmt or data_format(data)
    styler = None
    if fmt == "PANDAS_DATAFRAME":
        df = data.copy() if ensure_copy else data
    elif fmt in ("PANDAS_SERIES", "PANDAS_INDEX"):
        df = pd.DataFrame(data)
    elif fmt == "PANDAS_STYLER":
        styler = data
        df = data.data.copy() if ensure_copy else data.data
    elif fmt in ("NUMPY_LIST", "NUMPY_MATRIX"):
        df = pd.DataFrame([]) if data.ndim == 0 else pd.DataFrame(data)
    elif fmt == "PYARROW_TABLE" or (fmt == "UNKNOWN" and hasattr(data, "to_pandas")):
        df = data.to_pandas()
        if isinstance(df, pd.Series):
            df = df.to_frame()
    else:
        if fmt in ("SET_OF_VALUES",):
            data = list(data)
        try:
            df = pd.DataFrame(data)
        except ValueError as exc:
            if isinstance(data, dict):
                try:
                    df = pd.DataFrame.from_dict(data, orient="index")
                except ValueError:
                    raise _unconvertible(data) from exc
            else:
                raise _unconvertible(data) from exc
        except TypeError as exc:
            raise _unconvertible(data) from exc
    if fmt in VALUE_COLUMN_FORMATS and len(df.columns) and df.columns[0] == 0:
        df = df.rename(columns={0: "value"})
    return df, styler


def _numpy_table(data: Any, fmt: str) -> Table:
    if data.ndim == 0:
        return Table(fmt)
    if data.ndim == 1:
        return Table(fmt, columns=[("value", data)], num_rows=len(data))  # type: ignore[list-item]
    if data.ndim > 2:
        raise StreamlitAPIException(f"Cannot show a {data.ndim}-dimensional array as a table: reshape it to two dimensions.")
    return Table(fmt, columns=[(str(i), data[:, i]) for i in range(data.shape[1])], num_rows=data.shape[0])  # type: ignore[misc]


def _lite_table(data: Any, fmt: str) -> Table:
    """Plain Python data -> columns, giving the same columns and index pandas would."""
    if fmt == "EMPTY":
        return Table(fmt)
    if fmt in ("LIST_OF_VALUES", "TUPLE_OF_VALUES", "SET_OF_VALUES"):
        values = list(data)
        return Table(fmt, columns=[("value", values)] if values else [], num_rows=len(values))
    if fmt == "LIST_OF_RECORDS":
        names: dict[Any, None] = {}
        for row in data:
            names.update(dict.fromkeys(row))
        return Table(fmt, columns=[(str(k), [row.get(k) for row in data]) for k in names], num_rows=len(data))
    if fmt == "LIST_OF_ROWS":
        rows = [list(r) for r in data]
        width = max((len(r) for r in rows), default=0)
        cols = [(str(i), [r[i] if i < len(r) else None for r in rows]) for i in range(width)]
        return Table(fmt, columns=cols, num_rows=len(rows))
    if fmt == "COLUMN_VALUE_MAPPING":
        lengths = {len(v) for v in data.values()}
        if len(lengths) > 1:
            raise _unconvertible(data)
        return Table(fmt, columns=[(str(k), list(v)) for k, v in data.items()], num_rows=lengths.pop() if lengths else 0)
    if fmt == "COLUMN_INDEX_MAPPING":
        keys: dict[Any, None] = {}
        for inner in data.values():
            keys.update(dict.fromkeys(inner))
        cols = [(str(k), [inner.get(r) for r in keys]) for k, inner in data.items()]
        return Table(fmt, columns=cols, index=[("", list(keys))], num_rows=len(keys))
    if fmt == "KEY_VALUE_DICT":
        if not data:
            return Table(fmt)
        return Table(fmt, columns=[("value", list(data.values()))], index=[("", list(data))], num_rows=len(data))
    raise _unconvertible(data)


# ---------------------------------------------------------------- encoding

def _name(name: Any) -> str:
    return "" if name is None else str(name)


def encode_table(table: Table) -> EncodedFrame:
    """Encode a Table (index columns first, then data columns, then Styler extras)."""
    builder = FrameBuilder()
    if table.arrow is not None:
        from appwasm.frames.columns_arrow import encode_arrow

        for name, column in zip(table.arrow.column_names, table.arrow.columns):
            builder.columns.append(encode_arrow(builder, _name(name), column))
    elif table.df is not None:
        _encode_pandas(builder, table.df)
        if table.styler is not None:
            from appwasm.frames.styler import encode_styler

            encode_styler(builder, table.styler, table.df)
    else:
        if table.index is None:
            builder.columns.append(range_column(builder, "", 0, 1, table.num_rows))
        else:
            for name, values in table.index:
                builder.columns.append(_encode_any(builder, name, values, "index"))
        for name, values in table.columns:
            builder.columns.append(_encode_any(builder, name, values, "data"))
    frame = builder.finish(table.num_rows)
    frame.meta["data_format"] = table.data_format
    return frame


def range_column(builder: FrameBuilder, name: str, start: int, step: int, length: int) -> FrameColumn:
    """A RangeIndex: described, not sent (the renderer computes start + i * step)."""
    return builder.column(name, int_type(64), length, role="index", range={"start": int(start), "step": int(step)})


def _encode_any(builder: FrameBuilder, name: str, values: Any, role: str) -> FrameColumn:
    if isinstance(values, list):
        return encode_values(builder, name, values, role=role)
    from appwasm.frames.columns_numpy import encode_array

    return encode_array(builder, name, values, role=role)


def _encode_pandas(builder: FrameBuilder, df: Any) -> None:
    import pandas as pd

    from appwasm.frames.columns_numpy import encode_array

    index = df.index
    if isinstance(index, pd.RangeIndex):
        builder.columns.append(range_column(builder, _name(index.name), index.start, index.step, len(index)))
    elif isinstance(index, pd.MultiIndex):
        for level in range(index.nlevels):
            values = index.get_level_values(level)
            builder.columns.append(encode_array(builder, _name(index.names[level]), values, role="index"))
    else:
        builder.columns.append(encode_array(builder, _name(index.name), index, role="index"))
    for i in range(df.shape[1]):
        name = df.columns[i]
        label = " / ".join(map(str, name)) if isinstance(name, tuple) else _name(name)
        builder.columns.append(encode_array(builder, label, df.iloc[:, i], role="data"))


def encode_data(data: Any) -> EncodedFrame:
    """Anything st.dataframe accepts -> EncodedFrame (meta: data_format, hide_index_default)."""
    table = to_table(data)
    frame = encode_table(table)
    frame.meta["hide_index_default"] = table.hide_index_default
    return frame


__all__ = ["Table", "data_format", "encode_data", "encode_table", "infer_kind", "to_pandas", "to_table"]
