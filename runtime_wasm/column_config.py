"""`st.column_config`: how st.dataframe and st.data_editor show and edit each column.

Each function returns a plain dict (Streamlit's `ColumnConfig`): the generic options (label,
width, help, disabled, required, default) plus a `type_config` naming the column type and
its options. Pass them in `column_config={"col": st.column_config.NumberColumn(...)}`; a
string sets the label and None hides the column.
"""

# Streamlit's function names are capitalized (they read as column types).
# ruff: noqa: N802

from __future__ import annotations

import datetime
from typing import Any, Literal, TypedDict

ColumnWidth = Literal["small", "medium", "large"]


class ColumnConfig(TypedDict, total=False):
    """The configuration of one column (None values are ignored)."""

    label: str | None
    width: ColumnWidth | None
    help: str | None
    hidden: bool | None
    disabled: bool | None
    required: bool | None
    default: Any
    type_config: dict[str, Any] | None


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, datetime.timedelta) else step


def _config(label: str | None, width: Any, help: str | None, type_config: dict[str, Any] | None = None,
            **extra: Any) -> ColumnConfig:
    config: ColumnConfig = {"label": label, "width": width, "help": help}
    config.update(extra)  # type: ignore[typeddict-item]
    if type_config is not None:
        config["type_config"] = type_config
    return config


def Column(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None) -> ColumnConfig:
    """A generic column: its type follows the data."""
    return _config(label, width, help, disabled=disabled, required=required)


def TextColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None) -> ColumnConfig:
    """A text column; `validate` is a JS regular expression edited values must match."""
    return _config(label, width, help, {"type": "text", "max_chars": max_chars, "validate": validate},
                   disabled=disabled, required=required, default=default)


def NumberColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None, default: int | float | None = None,
                 format: str | None = None, min_value: int | float | None = None,
                 max_value: int | float | None = None, step: int | float | None = None) -> ColumnConfig:
    """A number column; `format` is printf-style (e.g. "%d", "$%.2f", "%d ⭐")."""
    return _config(label, width, help, {"type": "number", "format": format, "min_value": min_value,
                                        "max_value": max_value, "step": step},
                   disabled=disabled, required=required, default=default)


def CheckboxColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   default: bool | None = None) -> ColumnConfig:
    """A checkbox column (booleans)."""
    return _config(label, width, help, {"type": "checkbox"}, disabled=disabled, required=required, default=default)


def SelectboxColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None, default: Any = None,
                    options: Any = None) -> ColumnConfig:
    """A column edited by choosing one of `options` (categoricals use their categories)."""
    return _config(label, width, help, {"type": "selectbox", "options": None if options is None else list(options)},
                   disabled=disabled, required=required, default=default)


def LinkColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None,
               display_text: str | None = None) -> ColumnConfig:
    """URLs shown as links; `display_text` may be a regular expression whose group is shown."""
    return _config(label, width, help, {"type": "link", "max_chars": max_chars, "validate": validate,
                                        "display_text": display_text},
                   disabled=disabled, required=required, default=default)


def ListColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None) -> ColumnConfig:
    """A column of lists, shown as chips (read-only)."""
    return _config(label, width, help, {"type": "list"})


def DatetimeColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   default: datetime.datetime | None = None, format: str | None = None,
                   min_value: datetime.datetime | None = None, max_value: datetime.datetime | None = None,
                   step: int | float | datetime.timedelta | None = None,
                   timezone: str | None = None) -> ColumnConfig:
    """Date and time values; `format` is a momentJS format (default "YYYY-MM-DD HH:mm:ss")."""
    return _config(label, width, help, {"type": "datetime", "format": format, "min_value": _iso(min_value),
                                        "max_value": _iso(max_value), "step": _seconds(step),
                                        "timezone": timezone},
                   disabled=disabled, required=required, default=_iso(default))


def TimeColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, default: datetime.time | None = None,
               format: str | None = None, min_value: datetime.time | None = None,
               max_value: datetime.time | None = None,
               step: int | float | datetime.timedelta | None = None) -> ColumnConfig:
    """Times of day; `format` is a momentJS format (default "HH:mm:ss")."""
    return _config(label, width, help, {"type": "time", "format": format, "min_value": _iso(min_value),
                                        "max_value": _iso(max_value), "step": _seconds(step)},
                   disabled=disabled, required=required, default=_iso(default))


def DateColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None, default: datetime.date | None = None,
               format: str | None = None, min_value: datetime.date | None = None,
               max_value: datetime.date | None = None, step: int | None = None) -> ColumnConfig:
    """Dates; `format` is a momentJS format (default "YYYY-MM-DD")."""
    return _config(label, width, help, {"type": "date", "format": format, "min_value": _iso(min_value),
                                        "max_value": _iso(max_value), "step": step},
                   disabled=disabled, required=required, default=_iso(default))


def ImageColumn(label: str | None = None, *, width: ColumnWidth | None = None,
                help: str | None = None) -> ColumnConfig:
    """Image URLs (or data URLs) shown as small images (read-only)."""
    return _config(label, width, help, {"type": "image"})


def _chart(kind: str, label: str | None, width: Any, help: str | None, y_min: Any, y_max: Any) -> ColumnConfig:
    return _config(label, width, help, {"type": kind, "y_min": y_min, "y_max": y_max})


def LineChartColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                    y_min: int | float | None = None, y_max: int | float | None = None) -> ColumnConfig:
    """Lists of numbers drawn as a small line chart (read-only)."""
    return _chart("line_chart", label, width, help, y_min, y_max)


def BarChartColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   y_min: int | float | None = None, y_max: int | float | None = None) -> ColumnConfig:
    """Lists of numbers drawn as a small bar chart (read-only)."""
    return _chart("bar_chart", label, width, help, y_min, y_max)


def AreaChartColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                    y_min: int | float | None = None, y_max: int | float | None = None) -> ColumnConfig:
    """Lists of numbers drawn as a small area chart (read-only)."""
    return _chart("area_chart", label, width, help, y_min, y_max)


def ProgressColumn(label: str | None = None, *, width: ColumnWidth | None = None, help: str | None = None,
                   format: str | None = None, min_value: int | float | None = None,
                   max_value: int | float | None = None) -> ColumnConfig:
    """Numbers drawn as progress bars between min_value (default 0) and max_value (default 100)."""
    return _config(label, width, help, {"type": "progress", "format": format, "min_value": min_value,
                                        "max_value": max_value})


__all__ = [
    "AreaChartColumn", "BarChartColumn", "CheckboxColumn", "Column", "ColumnConfig", "DateColumn",
    "DatetimeColumn", "ImageColumn", "LineChartColumn", "LinkColumn", "ListColumn", "NumberColumn",
    "ProgressColumn", "SelectboxColumn", "TextColumn", "TimeColumn",
]
