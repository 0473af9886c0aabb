"""Applying st.data_editor's editing state to the data, as Streamlit does.

The widget value is Streamlit's editing state: `edited_rows` (row position -> column name ->
value), `added_rows` (column name -> value) and `deleted_rows` (row positions). Values arrive
as JSON (numbers, strings, booleans, null; dates and times as ISO strings; lists) and are
parsed by the kind of data in their column.
"""

from __future__ import annotations

import datetime
import decimal
import json
import logging
from typing import Any

from appwasm.elements.data.config import INDEX_IDENTIFIER

_LOGGER = logging.getLogger("appwasm.data_editor")

# The kind of data in a column (Streamlit's ColumnDataKind values).
INTEGER, FLOAT, DATE, TIME, DATETIME, BOOLEAN, STRING = "integer", "float", "date", "time", "datetime", "boolean", "string"
TIMEDELTA, DECIMAL, LIST, EMPTY, BYTES, UNKNOWN = "timedelta", "decimal", "list", "empty", "bytes", "unknown"

# Column type -> data kinds it can edit (Streamlit's _EDITING_COMPATIBILITY_MAPPING).
EDITING_COMPATIBILITY = {
    "text": {STRING, EMPTY},
    "number": {INTEGER, FLOAT, DECIMAL, STRING, TIMEDELTA, EMPTY},
    "checkbox": {BOOLEAN, STRING, INTEGER, EMPTY},
    "selectbox": {STRING, BOOLEAN, INTEGER, FLOAT, EMPTY},
    "date": {DATE, DATETIME, EMPTY},
    "time": {TIME, DATETIME, EMPTY},
    "datetime": {DATETIME, DATE, TIME, EMPTY},
    "link": {STRING, EMPTY},
}


def data_kind(column: dict[str, Any]) -> str:
    """The data kind of an encoded frame column (from its Arrow type, categories for categoricals)."""
    if "dictionary" in column:
        return data_kind(column["dictionary"]["values"])
    name = column["type"]["name"]
    return {
        "int": INTEGER, "floatingpoint": FLOAT, "bool": BOOLEAN, "utf8": STRING, "largeutf8": STRING,
        "date": DATE, "time": TIME, "timestamp": DATETIME, "duration": TIMEDELTA, "list": LIST,
        "decimal": DECIMAL, "null": EMPTY, "binary": BYTES,
    }.get(name, UNKNOWN)


def empty_state() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def deserialize_editing(wire: Any) -> dict[str, Any]:
    state = json.loads(wire) if isinstance(wire, str) else dict(wire or {})
    return {
        "edited_rows": {int(k): dict(v) for k, v in (state.get("edited_rows") or {}).items()},
        "added_rows": [dict(r) for r in state.get("added_rows") or []],
        "deleted_rows": [int(r) for r in state.get("deleted_rows") or []],
    }


def serialize_editing(state: Any) -> dict[str, Any]:
    state = state or empty_state()
    return json.loads(json.dumps({
        "edited_rows": {str(k): v for k, v in (state.get("edited_rows") or {}).items()},
        "added_rows": list(state.get("added_rows") or []),
        "deleted_rows": list(state.get("deleted_rows") or []),
    }, default=str))


def _list_like(value: Any) -> bool:
    return isinstance(value, (list, tuple, set))


def parse_value(value: Any, kind: str) -> Any:
    """A JSON value from the renderer -> the Python value for a column of this kind."""
    if value is None:
        return None
    try:
        if kind == LIST:
            return list(value) if _list_like(value) else [value]
        if kind == STRING:
            return str(value)
        if isinstance(value, list):
            raise TypeError("List values are only supported by list and string columns.")
        if kind == INTEGER:
            return int(value)
        if kind == FLOAT:
            return float(value)
        if kind == BOOLEAN:
            return bool(value)
        if kind == DECIMAL:
            return decimal.Decimal(str(value))
        if kind == TIMEDELTA:
            import pandas as pd

            return pd.Timedelta(value)
        if kind in (DATETIME, DATE, TIME):
            return _parse_temporal(value, kind)
    except (ValueError, TypeError, ArithmeticError) as exc:
        _LOGGER.warning("Failed to parse value %s as %s: %s", value, kind, exc)
        return None
    return value


def _parse_temporal(value: Any, kind: str) -> Any:
    try:
        import pandas as pd
    except ImportError:
        text = str(value).replace("Z", "+00:00")
        if kind == TIME:
            return datetime.time.fromisoformat(text)
        parsed = datetime.datetime.fromisoformat(text) if "T" in text or " " in text else datetime.datetime.fromisoformat(
            text + "T00:00:00")
        return parsed.date() if kind == DATE else parsed
    stamp = pd.Timestamp(value)
    if stamp is pd.NaT:
        return None
    if kind == DATETIME:
        return stamp
    return stamp.date() if kind == DATE else stamp.time()


# ---------------------------------------------------------------- pandas

def apply_edits_pandas(df: Any, state: dict[str, Any], schema: dict[str, str]) -> Any:
    """Apply the editing state to `df` (a copy the caller owns): cells, then deletions, then additions."""
    for row, changes in (state.get("edited_rows") or {}).items():
        for column, value in changes.items():
            if column == INDEX_IDENTIFIER:
                labels = list(df.index)
                labels[int(row)] = parse_value(value, schema[INDEX_IDENTIFIER])
                df.index = type(df.index)(labels, name=df.index.name) if type(df.index).__name__ != "RangeIndex" else labels
                continue
            position = df.columns.get_loc(column)
            parsed = parse_value(value, schema[column])
            if isinstance(parsed, list):
                df.iat[int(row), position] = parsed
            else:
                df.iloc[int(row), position] = parsed
    if state.get("deleted_rows"):
        df = df.drop(df.index[state["deleted_rows"]])
    if state.get("added_rows"):
        _add_rows_pandas(df, state["added_rows"], schema)
    return df


def _add_rows_pandas(df: Any, added: list[dict[str, Any]], schema: dict[str, str]) -> None:
    import pandas as pd

    index_type, stop, step = "other", None, None
    if isinstance(df.index, pd.RangeIndex):
        index_type, stop, step = "range", df.index.stop, df.index.step
    elif pd.api.types.is_integer_dtype(df.index.dtype):
        index_type, stop, step = "integer", (0 if df.index.empty else int(df.index.max()) + 1), 1
    for row in added:
        index_value = None
        values: list[Any] = [None] * df.shape[1]
        for column, value in row.items():
            if column == INDEX_IDENTIFIER:
                index_value = parse_value(value, schema[INDEX_IDENTIFIER])
            else:
                values[df.columns.get_loc(column)] = parse_value(value, schema[column])
        if index_value is not None and index_type != "range":
            df.loc[index_value, :] = values
        elif stop is not None and step is not None:
            df.loc[stop, :] = values
            stop += step
        else:
            _LOGGER.warning("Cannot add a row to an index of type %s without an index value.", type(df.index).__name__)


def _unify_missing(df: Any) -> Any:
    import numpy as np

    return df.astype(object).where(df.notna(), None) if len(df) else df.fillna(np.nan)


def pandas_to_format(df: Any, data_format: str) -> Any:
    """The edited DataFrame in the type the app passed in (Streamlit's convert_pandas_df_to_data_format)."""
    if data_format in ("EMPTY", "PANDAS_DATAFRAME", "PANDAS_INDEX", "PANDAS_STYLER", "UNKNOWN"):
        return df
    if data_format == "NUMPY_LIST":
        import numpy as np

        return np.ndarray(0) if df.empty else df.iloc[:, 0].to_numpy()
    if data_format == "NUMPY_MATRIX":
        import numpy as np

        return np.ndarray(0) if df.empty else df.to_numpy()
    if data_format == "PYARROW_TABLE":
        import pyarrow as pa

        return pa.Table.from_pandas(df)
    if data_format == "PANDAS_SERIES":
        if len(df.columns) != 1:
            raise ValueError(f"DataFrame is expected to have a single column but has {len(df.columns)}.")
        return df[df.columns[0]]
    if data_format == "LIST_OF_RECORDS":
        return _unify_missing(df).to_dict(orient="records")
    if data_format == "LIST_OF_ROWS":
        return _unify_missing(df).to_numpy().tolist()
    if data_format == "COLUMN_INDEX_MAPPING":
        return _unify_missing(df).to_dict(orient="dict")
    if data_format == "COLUMN_VALUE_MAPPING":
        return _unify_missing(df).to_dict(orient="list")
    if data_format == "COLUMN_SERIES_MAPPING":
        return df.to_dict(orient="series")
    if data_format in ("LIST_OF_VALUES", "TUPLE_OF_VALUES", "SET_OF_VALUES"):
        df = _unify_missing(df)
        values: list[Any] = []
        if len(df.columns) == 1:
            values = df[df.columns[0]].tolist()
        elif len(df.columns) > 1:
            raise ValueError(f"DataFrame is expected to have a single column but has {len(df.columns)}.")
        if data_format == "TUPLE_OF_VALUES":
            return tuple(values)
        return set(values) if data_format == "SET_OF_VALUES" else values
    if data_format == "KEY_VALUE_DICT":
        df = _unify_missing(df)
        return {} if df.empty else df.iloc[:, 0].to_dict()
    raise ValueError(f"Unsupported input data format: {data_format}")
