"""Options of choice widgets: Streamlit's conversion to a list, lookups, defaults and labels."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from appwasm.errors import StreamlitAPIException

# Two floats closer than this are the same option (Streamlit's tolerance).
_FLOAT_EPSILON = 0.000000000005


def options_to_list(options: Any) -> list[Any]:
    """Lists, tuples, ranges, sets, dict keys, Enum classes (a str Enum gives its values),
    pandas/numpy objects (a DataFrame gives its first column); a scalar is one option."""
    if options is None:
        return []
    if isinstance(options, (str, int, float, bool)):
        return [options]
    if isinstance(options, enum.EnumMeta):
        return [member.value if isinstance(member, str) else member for member in options]
    module = type(options).__module__
    if module.startswith("pandas"):
        if hasattr(options, "columns"):  # DataFrame: the first column
            return list(options.iloc[:, 0]) if len(options.columns) else []
        return list(options)
    if module.startswith("numpy"):
        return list(options.tolist()) if getattr(options, "ndim", 1) else [options.item()]
    if isinstance(options, Mapping):
        return list(options.keys())
    if isinstance(options, Iterable) and not isinstance(options, bytes):
        return list(options)
    raise StreamlitAPIException(f"Object of type {type(options).__name__} is not an iterable of options.")


def check_comparable(options: list[Any]) -> None:
    """Options must answer == with a bool (numpy arrays and pandas Series do not)."""
    if not options:
        return
    try:
        bool(options[0] == options[0])
    except ValueError:
        raise StreamlitAPIException(
            "Invalid option type provided. Options must be comparable, returning a boolean when used with *==*. "
            f"\n\nGot **{type(options[0]).__name__}**, which cannot be compared. Refactor your code to use "
            "elements of comparable types as options, e.g. use indices instead."
        ) from None


def options_for(options: Any) -> list[Any]:
    opts = options_to_list(options)
    check_comparable(opts)
    return opts


def format_options(options: list[Any], format_func: Callable[[Any], Any]) -> list[str]:
    return [str(format_func(option)) for option in options]


def _same(option: Any, value: Any) -> bool:
    try:
        if bool(value == option):
            return True
    except Exception:
        return False
    return isinstance(option, float) and isinstance(value, float) and abs(value - option) < _FLOAT_EPSILON


def index_of(options: list[Any], value: Any) -> int:
    """The index of the first option equal to `value` (an Enum member of a class the script
    defined again in this run matches its namesake). ValueError when there is none."""
    if not isinstance(value, float):
        # list.index compares in C: every rerun of a long selectbox asks this. (A float may
        # match an earlier option within epsilon, so floats take the scan below.)
        try:
            return options.index(value)
        except Exception:
            pass  # no equal option, or one that cannot be compared (arrays): the scan decides
    for i, option in enumerate(options):
        if _same(option, value):
            return i
    if isinstance(value, enum.Enum):
        for i, option in enumerate(options):
            if _namesake(option, value):
                return i
    raise ValueError(f"{value} is not in iterable")


def _namesake(option: Any, value: enum.Enum) -> bool:
    # Streamlit's default enum coercion ("nameOnly"): same class name, same member names.
    return (isinstance(option, enum.Enum) and type(option).__qualname__ == type(value).__qualname__
            and option.name == value.name
            and set(type(option).__members__) == set(type(value).__members__))


def coerce_enum(value: Any, options: list[Any]) -> Any:
    """An Enum member of an older run's class becomes the member of this run's class."""
    if isinstance(value, enum.Enum) and value not in options:
        for option in options:
            if _namesake(option, value):
                return option
    return value


def default_indices(options: list[Any], default: Any) -> list[int]:
    """The indices of `default` (None, one option or a sequence of options), with Streamlit's error."""
    if default is None:
        return []
    values = options_to_list(default)
    for value in values:
        if value not in options:
            raise StreamlitAPIException(
                f"The default value '{value}' is not part of the options. Please make sure that every "
                "default values also exists in the options."
            )
    return [options.index(value) for value in values]


def check_index(index: Any, options: list[Any], widget: str, range_message: str) -> int | None:
    if index is None:
        return None
    if not isinstance(index, int):
        raise StreamlitAPIException(f"{widget} Value has invalid type: {type(index).__name__}")
    if len(options) and not 0 <= index < len(options):
        raise StreamlitAPIException(range_message)
    return index
