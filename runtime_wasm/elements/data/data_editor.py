"""st.data_editor: the grid as a widget whose value is Streamlit's editing state.

Each run converts the data to a pandas DataFrame (a copy), applies the editing state kept in
the session (so edits survive reruns), and returns the result in the type the app passed in.
The widget id depends on the data: new data starts a new, unedited editor, as in Streamlit.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.data.arrow import _check_size, enqueue_data_element
from appwasm.elements.data.config import (
    INDEX_IDENTIFIER,
    marshall_column_config,
    process_config_mapping,
    update_column_config,
)
from appwasm.elements.data.editing import (
    EDITING_COMPATIBILITY,
    apply_edits_pandas,
    data_kind,
    deserialize_editing,
    empty_state,
    pandas_to_format,
    serialize_editing,
)
from appwasm.elements.data.editing_lite import LITE_FORMATS, apply_edits_lite, lite_frame, lite_to_format
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException
from appwasm.frames import convert
from appwasm.frames.convert import HIDDEN_INDEX_FORMATS, Table, data_format, encode_table, to_pandas


def _supported_index(index: Any) -> bool:
    import pandas as pd

    return type(index) in (pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex)


def _check_column_names(df: Any) -> None:
    if df.columns.empty:
        return
    duplicated = df.columns[df.columns.duplicated()]
    if len(duplicated) > 0:
        raise StreamlitAPIException(
            f"All column names are required to be unique for usage with data editor. The following column names "
            f"are duplicated: {list(duplicated)}. Please rename the duplicated columns in the provided data."
        )
    if INDEX_IDENTIFIER in df.columns:
        raise StreamlitAPIException(
            f"The column name '{INDEX_IDENTIFIER}' is reserved for the index column and can't be used for data "
            f"columns. Please rename the column in the provided data."
        )


def _arrow_incompatible(column: Any) -> bool:
    """Columns Streamlit shows as text and does not let the user edit (mixed types, complex numbers)."""
    from pandas.api.types import infer_dtype, is_dict_like, is_list_like

    if column.dtype.kind == "c":
        return True
    if column.dtype == "object":
        inferred = infer_dtype(column, skipna=True)
        if inferred in ("mixed-integer", "complex"):
            return True
        if inferred == "mixed":
            if len(column) == 0:
                return True
            first = column.iloc[0]
            return not is_list_like(first) or is_dict_like(first) or isinstance(first, frozenset)
    return False


def _fix_column_headers(df: Any) -> None:
    import pandas as pd

    if isinstance(df.columns, pd.MultiIndex):
        df.columns = ["_".join(map(str, header)) for header in df.columns.to_flat_index()]
    elif pd.api.types.infer_dtype(df.columns) != "string":
        df.columns = [str(column) for column in df.columns]


def _check_type_compatibilities(mapping: dict[Any, Any], schema: dict[str, str]) -> None:
    for column_name, kind in schema.items():
        config = mapping.get(column_name)
        if not config or config.get("disabled") is True:
            continue
        column_type = (config.get("type_config") or {}).get("type")
        if column_type in EDITING_COMPATIBILITY and kind not in EDITING_COMPATIBILITY[column_type]:
            raise StreamlitAPIException(
                f"The configured column type `{column_type}` for column `{column_name}` is not compatible for "
                f"editing the underlying data type `{kind}`.\n\nYou have following options to fix this: 1) choose "
                f"a compatible type 2) disable the column 3) convert the column into a compatible data type."
            )


@dataclass
class _Prepared:
    """The data ready to encode, and how to apply the editing state and give the result back."""

    table: Table
    range_index: bool
    finish: Callable[[dict[str, Any], dict[str, str]], Any]


def _lite(fmt: str) -> bool:
    """Plain Python data in an app without pandas: edited without it."""
    if fmt not in LITE_FORMATS:
        return False
    if convert.FORCE_LITE:
        return True
    return importlib.util.find_spec("pandas") is None


def _prepare_lite(data: Any, fmt: str) -> _Prepared:
    frame = lite_frame(data, fmt)
    return _Prepared(frame.table(), frame.index is None,
                     lambda state, schema: lite_to_format(apply_edits_lite(frame, state, schema)))


def _prepare_pandas(data: Any, fmt: str, mapping: dict[Any, Any]) -> _Prepared:
    try:
        import pandas as pd
    except ImportError:
        raise StreamlitAPIException(
            f"`st.data_editor` of a {type(data).__name__} is not supported yet by appwasm without pandas: add "
            f"`import pandas` to the app so that its site includes pandas."
        ) from None
    df, styler = to_pandas(data, fmt, ensure_copy=True)
    if not _supported_index(df.index):
        raise StreamlitAPIException(
            f"The type of the dataframe index - {type(df.index).__name__} - is not yet supported by the data editor."
        )
    _check_column_names(df)
    for name, column in list(df.items()):
        if _arrow_incompatible(column):
            update_column_config(mapping, name, {"disabled": True})
            df[name] = column.astype("string")
    _fix_column_headers(df)
    return _Prepared(Table(fmt, df=df, num_rows=len(df), styler=styler), isinstance(df.index, pd.RangeIndex),
                     lambda state, schema: pandas_to_format(apply_edits_pandas(df, state, schema), fmt))


@dg_command
def data_editor(dg: DeltaGenerator, data: Any, *, width: int | None = None, height: int | None = None,
                use_container_width: bool = False, hide_index: bool | None = None,
                column_order: Iterable[str] | None = None, column_config: Any = None, num_rows: str = "fixed",
                disabled: bool | Iterable[str | int] = False, key: Any = None,
                on_change: Callable[..., Any] | None = None, args: Any = None, kwargs: Any = None) -> Any:
    """Display a data editor widget: edit cells, add and delete rows (num_rows="dynamic").

    Returns the edited data in the type of `data` (DataFrame, Series, numpy array, pyarrow
    Table, list, tuple, set or dict); other inputs come back as a pandas DataFrame. The edits
    are the widget's state: `st.session_state[key]` holds `edited_rows`, `added_rows` and
    `deleted_rows`.
    """
    widget = Widget(dg, "data_editor", "", key=key, help=None, disabled=False, on_change=on_change,
                    args=args, kwargs=kwargs)
    order = list(column_order) if column_order is not None else None
    fmt = data_format(data)
    if fmt == "UNKNOWN" and not hasattr(data, "to_pandas"):
        raise StreamlitAPIException(
            f"The data type ({type(data).__name__}) or format is not supported by the data editor. Please convert "
            f"your data into a Pandas Dataframe or another supported data format."
        )
    mapping = process_config_mapping(column_config)
    prepared = _prepare_lite(data, fmt) if _lite(fmt) else _prepare_pandas(data, fmt, mapping)
    if fmt in HIDDEN_INDEX_FORMATS:
        update_column_config(mapping, INDEX_IDENTIFIER, {"hidden": True})
    if not prepared.range_index:
        update_column_config(mapping, INDEX_IDENTIFIER, {"required": True})
    if hide_index is None and prepared.range_index and num_rows == "dynamic":
        hide_index = True
    if hide_index is not None:
        update_column_config(mapping, INDEX_IDENTIFIER, {"hidden": hide_index})
    if not isinstance(disabled, bool):
        for column in disabled:
            update_column_config(mapping, column, {"disabled": True})

    frame = encode_table(prepared.table)
    index_cols = [c for c in frame.columns if c.get("role") == "index"]
    schema = {INDEX_IDENTIFIER: data_kind(index_cols[0]) if index_cols else "unknown"}
    schema.update({c["name"]: data_kind(c) for c in frame.columns if c.get("role") == "data"})
    _check_type_compatibilities(mapping, schema)
    config = marshall_column_config(mapping)

    registered = widget.register(
        default=empty_state(),
        identity_params={"data": frame.hash, "width": width, "height": height,
                         "use_container_width": use_container_width, "column_order": order,
                         "column_config": json.dumps(config, sort_keys=True), "num_rows": num_rows},
        serialize=serialize_editing, deserialize=deserialize_editing, settable_by_state=False,
    )
    result = prepared.finish(registered.value, schema)
    node: dict[str, Any] = {
        "type": "arrow_data_frame", "frames": [], "width": _check_size("width", width),
        "height": _check_size("height", height), "use_container_width": bool(use_container_width),
        "column_order": order, "column_config": config, "id": widget.id, "form_id": dg.form_id,
        "selection_mode": [], "selection": None, "editable": True,
        "num_rows": "dynamic" if num_rows == "dynamic" else "fixed", "disabled": disabled is True,
        "editing": registered.wire, "caption": None,
    }
    enqueue_data_element(dg, node, frame)
    return result
