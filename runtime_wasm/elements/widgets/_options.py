"""Turn whatever Streamlit accepts as `options` into a list, and format the labels."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any

from appwasm.errors import StreamlitAPIException


def options_to_list(options: Any) -> list[Any]:
    """Lists, tuples, ranges, dicts (their keys), sets, Enum classes, iterables, and
    pandas/numpy objects (a DataFrame gives its first column), as in Streamlit."""
    if options is None:
        return []
    if isinstance(options, type) and issubclass(options, enum.Enum):
        return list(options)
    module = type(options).__module__
    if module.startswith("pandas"):
        if hasattr(options, "columns"):  # DataFrame: the first column
            return list(options.iloc[:, 0]) if len(options.columns) else []
        return list(options)
    if module.startswith("numpy"):
        return list(options.tolist())
    if isinstance(options, dict):
        return list(options.keys())
    if isinstance(options, (str, bytes)):
        return [options]
    if isinstance(options, Iterable):
        return list(options)
    raise StreamlitAPIException(f"Object of type {type(options).__name__} is not an iterable of options.")


def format_options(options: list[Any], format_func: Callable[[Any], Any]) -> list[str]:
    return [str(format_func(option)) for option in options]


def index_of(options: list[Any], value: Any) -> int:
    """The index of `value` in `options`; equality first, then identity (unhashable options)."""
    for i, option in enumerate(options):
        try:
            if option is value or bool(option == value):
                return i
        except Exception:
            continue
    raise StreamlitAPIException(f"The value `{value!r}` is not part of the options.")


def check_index(index: Any, options: list[Any], widget: str) -> int | None:
    if index is None:
        return None
    if isinstance(index, bool) or not isinstance(index, int):
        raise StreamlitAPIException(f"{widget} Value has invalid type: {type(index).__name__}")
    if len(options) and not 0 <= index < len(options):
        raise StreamlitAPIException(
            f"{widget} index must be greater than or equal to 0 and less than the length of options."
        )
    return index
