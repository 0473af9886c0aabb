"""st.data_editor on plain Python data without pandas (an app that never imports it).

Lists, tuples, sets and dicts are edited as columns of Python values: the editing state is
applied the way Streamlit applies it to a DataFrame (cells, then deletions, then additions
with a continued RangeIndex), and the result comes back in the input's type, with the same
values pandas would give for these inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from appwasm.elements.data.config import INDEX_IDENTIFIER
from appwasm.elements.data.editing import parse_value
from appwasm.frames.convert import Table, _lite_table

LITE_FORMATS = {
    "EMPTY", "LIST_OF_VALUES", "TUPLE_OF_VALUES", "SET_OF_VALUES", "LIST_OF_RECORDS", "LIST_OF_ROWS",
    "COLUMN_VALUE_MAPPING", "COLUMN_INDEX_MAPPING", "KEY_VALUE_DICT",
}


@dataclass
class LiteFrame:
    """Columns of Python values with their original keys, and an index (None: a RangeIndex)."""

    data_format: str
    names: list[str]
    keys: list[Any]
    columns: list[list[Any]]
    index: list[Any] | None
    num_rows: int
    range_stop: int = field(default=0)
    # After edits: the RangeIndex labels of the rows left and added (index None only).
    range_index: list[int] | None = None

    def table(self) -> Table:
        index = None if self.index is None else [("", list(self.index))]
        return Table(self.data_format, columns=list(zip(self.names, [list(c) for c in self.columns])), index=index,
                     num_rows=self.num_rows)


def _original_keys(data: Any, fmt: str, names: list[str]) -> list[Any]:
    if fmt == "LIST_OF_RECORDS":
        keys: dict[Any, None] = {}
        for row in data:
            keys.update(dict.fromkeys(row))
        return list(keys)
    if fmt in ("COLUMN_VALUE_MAPPING", "COLUMN_INDEX_MAPPING"):
        return list(data)
    return list(names)


def lite_frame(data: Any, fmt: str) -> LiteFrame:
    table = _lite_table(data, fmt)
    names = [name for name, _ in table.columns]
    index = list(table.index[0][1]) if table.index else None
    return LiteFrame(fmt, names, _original_keys(data, fmt, names), [list(v) for _, v in table.columns], index,
                     table.num_rows, range_stop=table.num_rows)


def apply_edits_lite(frame: LiteFrame, state: dict[str, Any], schema: dict[str, str]) -> LiteFrame:
    """The editing state applied to a copy of `frame`."""
    columns = [list(c) for c in frame.columns]
    index = None if frame.index is None else list(frame.index)
    position = {name: i for i, name in enumerate(frame.names)}
    for row, changes in (state.get("edited_rows") or {}).items():
        for name, value in changes.items():
            if name == INDEX_IDENTIFIER:
                if index is not None:
                    index[int(row)] = parse_value(value, schema[INDEX_IDENTIFIER])
            elif name in position:
                columns[position[name]][int(row)] = parse_value(value, schema[name])
    deleted = set(state.get("deleted_rows") or [])
    keep = [r for r in range(frame.num_rows) if r not in deleted]
    columns = [[c[r] for r in keep] for c in columns]
    range_index = list(keep) if index is None else None
    if index is not None:
        index = [index[r] for r in keep]
    stop = frame.range_stop
    for added in state.get("added_rows") or []:
        values = [parse_value(added.get(name), schema[name]) for name in frame.names]
        if index is None:
            range_index = (range_index or []) + [stop]
            stop += 1
        elif INDEX_IDENTIFIER in added:
            index.append(parse_value(added[INDEX_IDENTIFIER], schema[INDEX_IDENTIFIER]))
        else:
            continue  # no index value: pandas cannot add the row either
        for column, value in zip(columns, values):
            column.append(value)
    return LiteFrame(frame.data_format, frame.names, frame.keys, columns, index, len(columns[0]) if columns else 0,
                     stop, range_index)


def lite_to_format(frame: LiteFrame) -> Any:
    """The edited data in the input's type (what Streamlit's pandas conversion returns)."""
    fmt = frame.data_format
    cols = frame.columns
    rows = list(zip(*cols)) if cols else []
    index = frame.index if frame.index is not None else frame.range_index or list(range(frame.num_rows))
    if fmt == "EMPTY":
        return None
    if fmt in ("LIST_OF_VALUES", "TUPLE_OF_VALUES", "SET_OF_VALUES"):
        values = list(cols[0]) if cols else []
        return tuple(values) if fmt == "TUPLE_OF_VALUES" else set(values) if fmt == "SET_OF_VALUES" else values
    if fmt == "LIST_OF_RECORDS":
        return [dict(zip(frame.keys, row)) for row in rows]
    if fmt == "LIST_OF_ROWS":
        return [list(row) for row in rows]
    if fmt == "COLUMN_VALUE_MAPPING":
        return {key: list(col) for key, col in zip(frame.keys, cols)}
    if fmt == "COLUMN_INDEX_MAPPING":
        return {key: dict(zip(index, col)) for key, col in zip(frame.keys, cols)}
    if fmt == "KEY_VALUE_DICT":
        return dict(zip(index, cols[0])) if cols else {}
    raise ValueError(f"Unsupported input data format: {fmt}")
