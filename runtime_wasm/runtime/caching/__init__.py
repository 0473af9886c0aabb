"""`streamlit.runtime.caching`: st.cache_data, st.cache_resource and the legacy st.cache.

Its names load on first use: every widget consults `caching.policies` (a tiny module), and
that must not import the caches themselves.
"""

from __future__ import annotations

import importlib
from typing import Any

_NAMES = {
    "CacheDataAPI": "api", "CacheResourceAPI": "api", "cache": "api", "cache_data": "api",
    "cache_resource": "api", "CACHE_DOCS_URL": "cache_errors",
}

__all__ = sorted(_NAMES)


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'streamlit.runtime.caching' has no attribute '{name}'")
    value = getattr(importlib.import_module(f"appwasm.runtime.caching.{module}"), name)
    globals()[name] = value
    return value
