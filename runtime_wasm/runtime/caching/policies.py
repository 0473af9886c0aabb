"""Whether a cached function is running (widgets warn there: they only run on a miss)."""

from __future__ import annotations

from contextvars import ContextVar

in_cached_function: ContextVar[bool] = ContextVar("appwasm_in_cached_function", default=False)


def check_cache_replay_rules() -> None:
    """Called by every widget: inside a cached function, show Streamlit's CachedWidgetWarning."""
    if in_cached_function.get():
        from appwasm.elements.alerts import exception
        from appwasm.runtime.caching.cache_errors import CachedWidgetWarning

        exception(CachedWidgetWarning())
