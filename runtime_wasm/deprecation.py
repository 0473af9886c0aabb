"""Streamlit's deprecation warnings: in the app (when client.showErrorDetails) and in the log."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

_LOGGER = logging.getLogger("appwasm")
TFunc = TypeVar("TFunc", bound=Callable[..., Any])


def show_deprecation_warning(message: str) -> None:
    """An st.warning with `message` where the script is (if client.showErrorDetails), and a log line."""
    from appwasm.config import get_option

    if get_option("client.showErrorDetails"):
        from appwasm.elements.alerts import warning

        warning(message)
    _LOGGER.warning(message)


def make_deprecated_name_warning(old_name: str, new_name: str, removal_date: str, extra_message: str | None = None,
                                 include_st_prefix: bool = True) -> str:
    if include_st_prefix:
        old_name, new_name = f"st.{old_name}", f"st.{new_name}"
    return (f"Please replace `{old_name}` with `{new_name}`.\n\n`{old_name}` will be removed after {removal_date}."
            + (f"\n\n{extra_message}" if extra_message else ""))


def deprecate_func_name(func: TFunc, old_name: str, removal_date: str, extra_message: str | None = None,
                        name_override: str | None = None) -> TFunc:
    """`func` under its old name: it runs, then warns that the name will go away."""

    @functools.wraps(func)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = func(*args, **kwargs)
        show_deprecation_warning(
            make_deprecated_name_warning(old_name, name_override or func.__name__, removal_date, extra_message))
        return result

    wrapped.__name__ = old_name
    return wrapped  # type: ignore[return-value]
