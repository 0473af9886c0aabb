"""The Vega-Lite specs of st.line_chart, st.area_chart, st.bar_chart and st.scatter_chart.

Streamlit builds these charts with Altair from the data; appwasm writes the same Vega-Lite
dict directly (no Altair in the browser): same data preparation (index pulled into a column,
unused columns dropped, color tuples converted, wide data melted into long format under
collision-proof column names), same encodings, same types, same tooltips, same interval
"zoom" parameter. tests/unit/charts_golden holds Streamlit 1.40's output for comparison.
pandas is imported when a chart is drawn, never at module level.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from appwasm.elements.charts.colors import (
    is_color_like,
    is_color_tuple_like,
    is_hex_color_like,
    to_css_color,
)
from appwasm.errors import StreamlitAPIException

# (mark, st command, horizontal) per chart kind.
CHART_TYPES: dict[str, tuple[str, str]] = {
    "area": ("area", "area_chart"),
    "bar": ("bar", "bar_chart"),
    "horizontal_bar": ("bar", "bar_chart"),
    "line": ("line", "line_chart"),
    "scatter": ("circle", "scatter_chart"),
}
STACK_VALUES = (None, True, False, "normalize", "center", "layered")
SCHEMA_URL = "https://vega.github.io/schema/vega-lite/v5.20.1.json"

_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
# Internal column names that no user column will collide with; users see the short titles.
_SUFFIX = "--p5bJXXpQgvPz6yvQMFiy"
INDEX_TITLE, VALUE_TITLE, COLOR_TITLE = "index", "value", "color"
INDEX_COLUMN = INDEX_TITLE + _SUFFIX
VALUE_COLUMN = VALUE_TITLE + _SUFFIX
COLOR_COLUMN = COLOR_TITLE + _SUFFIX
# Empty charts still need x/y fields, or Vega-Lite draws no axes at all.
MISSING_COLUMN = "DOES_NOT_EXIST" + _SUFFIX


class StreamlitColumnNotFoundError(StreamlitAPIException):
    def __init__(self, df: Any, column: Any) -> None:
        available = ", ".join(str(c) for c in list(df.columns))
        super().__init__(f'Data does not have a column named `"{column}"`. Available columns are `{available}`')


class StreamlitChartColorError(StreamlitAPIException):
    def __init__(self, color: Any) -> None:
        super().__init__(f"""
This does not look like a valid color argument: `{color}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
        """)


class StreamlitColorLengthError(StreamlitAPIException):
    def __init__(self, colors: Any, y_columns: list[str]) -> None:
        super().__init__(f"The list of colors `{colors}` must have the same length as the list of columns to be "
                         f"colored `{y_columns}`.")


def check_stack(stack: Any, command: str) -> None:
    if stack not in STACK_VALUES:
        raise StreamlitAPIException(
            f'Invalid value for stack parameter: {stack}. Stack must be one of True, False, "normalize", "center", '
            f'"layered" or None. See documentation for `st.{command}` '
            f"[here](https://docs.streamlit.io/develop/api-reference/charts/st.{command}) for more information."
        )


@dataclass
class ChartColumns:
    """The columns a chart draws, as chosen from the user's data (what add_rows reuses)."""

    x: str | None
    y: list[str]
    color: str | None
    size: str | None


@dataclass
class BuiltChart:
    spec: dict[str, Any]
    df: Any  # the prepared (maybe melted) pandas DataFrame
    columns: ChartColumns
    command: str
    last_index: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- type inference

def vegalite_type(series: Any) -> str:
    """Streamlit's inference (for x, y and color encodings)."""
    from pandas.api.types import infer_dtype

    kind = infer_dtype(series)
    if kind in ("floating", "mixed-integer-float", "integer", "mixed-integer", "complex"):
        return "quantitative"
    if kind == "categorical" and series.cat.ordered:
        return "ordinal"
    if kind in ("datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"):
        return "temporal"
    return "nominal"


def shorthand_field(df: Any, column: str, **extra: Any) -> dict[str, Any]:
    """A field channel as Altair writes a shorthand column name: the type comes from the data
    (nulls count, as in Altair; an ordered categorical also sorts by its categories)."""
    from pandas.api.types import infer_dtype

    out: dict[str, Any] = {"field": column}
    series = df[column]
    kind = infer_dtype(series, skipna=False)
    if kind in ("floating", "mixed-integer-float", "integer", "mixed-integer", "complex"):
        out["type"] = "quantitative"
    elif kind == "categorical" and series.cat.ordered:
        out["type"] = "ordinal"
        out["sort"] = series.cat.categories.tolist()
    elif kind in ("datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"):
        out["type"] = "temporal"
    else:
        out["type"] = "nominal"
    out.update(extra)
    return out


def _is_date_column(df: Any, column: str | None) -> bool:
    from datetime import date

    if column is None or df[column].size == 0:
        return False
    return isinstance(df[column].iloc[0], date)


# ---------------------------------------------------------------- data preparation

def _parse_x(df: Any, x: Any) -> str | None:
    if x is None:
        return None
    if isinstance(x, str):
        if x not in df.columns:
            raise StreamlitColumnNotFoundError(df, x)
        return x
    raise StreamlitAPIException(
        "x parameter should be a column name (str) or None to use the "
        f" dataframe's index. Value given: {x} (type {type(x)})"
    )


def _parse_y(df: Any, y: Any, x_column: str | None) -> list[str]:
    if y is None:
        columns = list(df.columns)
    elif isinstance(y, str):
        columns = [y]
    else:
        columns = [str(c) for c in _as_list(y)]
    for column in columns:
        if column not in df.columns:
            raise StreamlitColumnNotFoundError(df, column)
    # x is drawn as a series too only when the user named it in y.
    if x_column in columns and (not y or x_column not in y):
        columns.remove(x_column)
    return columns


def _as_list(value: Any) -> list[Any]:
    if hasattr(value, "tolist"):
        return list(value.tolist())
    return list(value)


def _column_or_value(df: Any, value: Any) -> tuple[str | None, Any]:
    if isinstance(value, str) and value in df.columns:
        return value, None
    return None, value


def prepare_data(df: Any, columns: ChartColumns) -> tuple[Any, str | None, str | None, str | None, str | None]:
    """(data, x, y, color, size) as the chart draws them; also used by add_rows."""
    import pandas as pd

    x_column = columns.x
    if x_column is None and columns.y:
        # The index becomes the x column (under its own name, or a collision-proof one).
        x_column = INDEX_COLUMN if df.index.name is None else df.index.name
        df.index.name = x_column
        df = df.reset_index()
    keep: list[Any] = []
    for name in (x_column, columns.color, columns.size, *columns.y):
        if name is not None and name not in keep:
            keep.append(name)
    data = df[keep]
    color = columns.color
    if color is not None and len(data[color]):
        first = data[color].iat[0]
        if not is_hex_color_like(first) and is_color_tuple_like(first):
            data = data.copy()
            data[color] = data[color].map(to_css_color)
    data.columns = pd.Index([str(c) for c in data.columns])
    x_column = None if x_column is None else str(x_column)
    y_list = [str(c) for c in columns.y]
    color = None if color is None else str(color)
    size = None if columns.size is None else str(columns.size)
    y_column: str | None = y_list[0] if len(y_list) == 1 else None
    if len(y_list) > 1 and x_column is not None:
        y_column, color = VALUE_COLUMN, COLOR_COLUMN
        data = _melt(data, [x_column, *([size] if size else [])], y_list)
    return data, x_column, y_column, color, size


def _melt(df: Any, keep: list[str], melt: list[str]) -> Any:
    import pandas as pd
    from pandas.api.types import infer_dtype

    melted = pd.melt(df, id_vars=keep, value_vars=melt, var_name=COLOR_COLUMN, value_name=VALUE_COLUMN)
    values = melted[VALUE_COLUMN]
    if values.dtype == "object" and "mixed" in infer_dtype(values) and len(values.unique()) > 100:
        raise StreamlitAPIException(
            "The columns used for rendering the chart contain too many values with mixed types. Please select the "
            "columns manually via the y parameter."
        )
    return fix_mixed_columns(melted, [*keep, COLOR_COLUMN, VALUE_COLUMN])


def fix_mixed_columns(df: Any, columns: list[str]) -> Any:
    """Columns of mixed Python types become strings, as Streamlit does before Arrow conversion."""
    # Streamlit's test for columns Arrow cannot take as they are (the data family shares it).
    from appwasm.elements.data.data_editor import _arrow_incompatible

    fixed = None
    for name in columns:
        if _arrow_incompatible(df[name]):
            fixed = df.copy() if fixed is None else fixed
            fixed[name] = df[name].astype("string")
    return df if fixed is None else fixed


# ---------------------------------------------------------------- encodings

def _axis(df: Any, column: str | None, grid: bool) -> dict[str, Any]:
    from pandas.api.types import is_integer_dtype

    # Integer columns never get fractional ticks when zoomed.
    if column is not None and is_integer_dtype(df[column]):
        return {"grid": grid, "tickMinStep": 1}
    return {"grid": grid}


def _position(df: Any, kind: str, axis: str, column: str | None, from_user: Any, label: str | None) -> dict[str, Any]:
    """The x (axis="x") or y encoding, for the column drawn along that axis."""
    if column is None:
        field_name, title = MISSING_COLUMN, ""
    elif column in (INDEX_COLUMN, VALUE_COLUMN):
        field_name, title = column, ""
    else:
        field_name, title = column, ("" if from_user is None else column)
    if label is not None:
        title = label
    horizontal = kind == "horizontal_bar"
    grid = horizontal if axis == "x" else not horizontal
    discrete_kind = "bar" if axis == "x" else "horizontal_bar"
    if column is None:
        vl_type = "quantitative"
    elif kind == discrete_kind and not _is_date_column(df, column):
        vl_type = "ordinal"
    else:
        vl_type = vegalite_type(df[column])
    return {"field": field_name, "title": title, "type": vl_type, "scale": {}, "axis": _axis(df, column, grid)}


def _color(df: Any, value: Any, column: str | None, y_columns: list[str], from_user: Any) -> dict[str, Any] | None:
    if value not in (None, [], ()):
        if is_color_like(value):
            if len(y_columns) != 1:
                raise StreamlitColorLengthError([value], y_columns)
            return {"value": to_css_color(value)}
        if isinstance(value, (list, tuple)):
            if len(value) != len(y_columns):
                raise StreamlitColorLengthError(value, y_columns)
            if len(value) == 1:
                return {"value": to_css_color(value[0])}
            encoding: dict[str, Any] = {"scale": {"range": [to_css_color(c) for c in value]},
                                        "legend": dict(_COLOR_LEGEND), "type": "nominal", "title": " "}
            if column is not None:
                encoding["field"] = column
            return encoding
        raise StreamlitChartColorError(from_user)
    if column is None:
        return None
    melted = column == COLOR_COLUMN
    encoding = {"field": column, "legend": dict(_COLOR_LEGEND),
                "type": "nominal" if melted else vegalite_type(df[column])}
    if melted:
        encoding["title"] = " "  # an empty title would make Vega-Lite drop the y axis
    elif len(df[column]) and is_color_like(df[column].iat[0]):
        # The column holds the colors themselves: use them, and show no legend of color codes.
        encoding["scale"] = {"range": [to_css_color(c) for c in df[column].unique()]}
        encoding["legend"] = None
    return encoding


def _size(kind: str, column: str | None, value: Any, df: Any) -> dict[str, Any] | None:
    if kind != "scatter":
        return None
    if column is not None:
        return shorthand_field(df, column, legend=dict(_SIZE_LEGEND))
    if value is None:
        return {"value": 100}
    if isinstance(value, (float, int)):
        return {"value": value}
    raise StreamlitAPIException(f"This does not look like a valid size: {value!r}")


def _tooltip(df: Any, x: str, y: str, size: str | None, color: str | None) -> list[dict[str, Any]]:
    tips = [shorthand_field(df, x, title=INDEX_TITLE) if x == INDEX_COLUMN else shorthand_field(df, x)]
    if y == VALUE_COLUMN:
        tips.append({"field": y, "title": VALUE_TITLE, "type": "quantitative"})
    else:
        tips.append(shorthand_field(df, y))
    # Streamlit means to skip a column of color codes here, but its check never fires
    # (Altair answers the attribute lookup): the color column is always in the tooltip.
    if color:
        if color == COLOR_COLUMN:
            tips.append({"field": color, "title": COLOR_TITLE, "type": "nominal"})
        else:
            tips.append(shorthand_field(df, color))
    if size:
        tips.append(shorthand_field(df, size))
    return tips


# ---------------------------------------------------------------- the chart

def require_pandas(command: str) -> None:
    """Streamlit's charts are built with pandas: say so plainly when the site lacks it."""
    try:
        import pandas  # noqa: F401
    except ImportError as exc:
        raise StreamlitAPIException(
            f"`st.{command}` needs pandas, which this app's site does not include. Add `pandas` to the app's "
            "requirements (or `import pandas` in the app) and build it again."
        ) from exc


def build_chart(kind: str, data: Any, *, x: Any = None, y: Any = None, x_label: str | None = None,
                y_label: str | None = None, color: Any = None, size: Any = None, width: int | None = None,
                height: int | None = None, stack: Any = None) -> BuiltChart:
    """The Vega-Lite spec (data by name, "__data__") and the prepared DataFrame of one chart."""
    from appwasm.frames.convert import to_pandas

    require_pandas(CHART_TYPES[kind][1])
    df, _ = to_pandas(data, ensure_copy=True)
    x_column = _parse_x(df, x)
    y_columns = _parse_y(df, y, x_column)
    color_column, color_value = _column_or_value(df, color)
    size_column, size_value = _column_or_value(df, size)
    columns = ChartColumns(x_column, y_columns, color_column, size_column)
    last_index = df.index[-1] if df.index.size > 0 else None
    prepared, x_col, y_col, color_col, size_col = prepare_data(df, columns)

    horizontal = kind == "horizontal_bar"
    x_enc = _position(prepared, kind, "x", y_col if horizontal else x_col, y if horizontal else x, x_label)
    y_enc = _position(prepared, kind, "y", x_col if horizontal else y_col, x if horizontal else y, y_label)
    if stack is not None:
        (x_enc if horizontal else y_enc)["stack"] = False if stack == "layered" else stack
    encoding: dict[str, Any] = {"x": x_enc, "y": y_enc}
    if stack is False and color_col is not None:
        # Grouped (side by side) bars; Altair writes an empty channel for the other axis.
        offset = {"field": color_col}
        encoding["xOffset"] = offset if kind == "bar" else {}
        encoding["yOffset"] = offset if horizontal else {}
    if color_col and (kind == "area" or stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color_enc = _color(prepared, color_value, color_col, y_columns, color)
    if color_enc is not None:
        encoding["color"] = color_enc
    size_enc = _size(kind, size_col, size_value, prepared)
    if size_enc is not None:
        encoding["size"] = size_enc
    if x_col is not None and y_col is not None:
        encoding["tooltip"] = _tooltip(prepared, x_col, y_col, size_col, color_col)

    mark, command = CHART_TYPES[kind]
    spec = {
        "data": {"name": "__data__"}, "mark": {"type": mark}, "encoding": encoding, "height": height or 0,
        # The interval parameter bound to the scales lets users zoom and pan (Altair's .interactive()).
        "params": [{"name": "param_1", "select": {"type": "interval", "encodings": ["x", "y"]}, "bind": "scales"}],
        "width": width or 0, "$schema": SCHEMA_URL,
    }
    return BuiltChart(spec, prepared, columns, command, last_index)


def prepare_added_rows(data: Any, columns: ChartColumns, last_index: Any) -> tuple[Any, Any]:
    """add_rows on a built-in chart: the new rows prepared as the chart's data (RangeIndex continued)."""
    import pandas as pd
    from appwasm.frames.convert import to_pandas

    df, _ = to_pandas(data)
    if isinstance(df.index, pd.RangeIndex):
        step = df.index.step
        df = df.reset_index(drop=True)
        start = last_index + step
        stop = last_index + step + df.index.stop
        df.index = pd.RangeIndex(start=start, stop=stop, step=step)
        last_index = stop - 1
    prepared, *_ = prepare_data(df, ChartColumns(columns.x, list(columns.y), columns.color, columns.size))
    return prepared, last_index


__all__ = ["BuiltChart", "ChartColumns", "build_chart", "check_stack", "prepare_added_rows"]
