"""`streamlit.runtime.caching`: st.cache_data, st.cache_resource and the legacy st.cache."""

from __future__ import annotations

from appwasm.runtime.caching.api import CacheDataAPI, CacheResourceAPI, cache, cache_data, cache_resource
from appwasm.runtime.caching.cache_errors import CACHE_DOCS_URL

__all__ = ["CACHE_DOCS_URL", "CacheDataAPI", "CacheResourceAPI", "cache", "cache_data", "cache_resource"]
