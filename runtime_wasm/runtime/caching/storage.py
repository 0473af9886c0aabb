"""Where cached values live: one memory store per cached function, per session.

Each browser tab runs its own worker, so a session's caches are the process's caches there;
under AppTest each test session starts with empty caches. Entries expire after `ttl`
seconds and, past `max_entries`, the least recently used one is dropped.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from appwasm.runner.context import get_run_context
from appwasm.runtime.caching.cache_errors import CacheKeyNotFoundError, CacheType

# Patched by tests to move time forward.
TTL_TIMER: Callable[[], float] = time.monotonic


@dataclass
class CachedResult:
    """A stored call: the value (pickled for cache_data) and the deltas it drew."""

    value: Any
    messages: Any = None  # the replay.Recording of what the call drew


class MemoryCache:
    """The entries of one cached function: TTL and LRU eviction, optional validation."""

    def __init__(self, *, ttl_seconds: float, max_entries: float, validate: Callable[[Any], bool] | None = None,
                 unwrap: Callable[[Any], Any] | None = None) -> None:
        self.ttl_seconds = ttl_seconds
        self.max_entries = max_entries
        self.validate = validate
        # Turns a stored value into what validate() sees (cache_resource stores values as is).
        self._unwrap = unwrap or (lambda value: value)
        self._entries: OrderedDict[str, tuple[float, CachedResult]] = OrderedDict()

    def _expire(self) -> None:
        if math.isinf(self.ttl_seconds):
            return
        now = TTL_TIMER()
        for key in [k for k, (expires, _) in self._entries.items() if expires <= now]:
            del self._entries[key]

    def read(self, key: str) -> CachedResult:
        self._expire()
        if key not in self._entries:
            raise CacheKeyNotFoundError()
        result = self._entries[key][1]
        if self.validate is not None and not self.validate(self._unwrap(result.value)):
            del self._entries[key]
            raise CacheKeyNotFoundError()
        self._entries.move_to_end(key)
        return result

    def write(self, key: str, result: CachedResult) -> None:
        self._expire()
        self._entries[key] = (TTL_TIMER() + self.ttl_seconds, result)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self, key: str | None = None) -> None:
        if key is None:
            self._entries.clear()
        else:
            self._entries.pop(key, None)

    def __len__(self) -> int:
        self._expire()
        return len(self._entries)


@dataclass
class _Registry:
    caches: dict[CacheType, dict[str, tuple[tuple[Any, ...], MemoryCache]]] = field(
        default_factory=lambda: {CacheType.DATA: {}, CacheType.RESOURCE: {}})


# Used outside a run (plain `python app.py`).
_bare_registry = _Registry()
_FAMILY_KEY = "caching"


def _registry() -> _Registry:
    ctx = get_run_context()
    session = ctx.session if ctx is not None else None
    if session is None:
        return _bare_registry
    return session.family(_FAMILY_KEY, _Registry)


def get_function_cache(cache_type: CacheType, function_key: str, params: tuple[Any, ...],
                       create: Callable[[], MemoryCache]) -> MemoryCache:
    """The function's store; a new, empty one when its parameters (ttl...) changed."""
    caches = _registry().caches[cache_type]
    found = caches.get(function_key)
    if found is not None and found[0] == params:
        return found[1]
    cache = create()
    caches[function_key] = (params, cache)
    return cache


def clear_all(cache_type: CacheType) -> None:
    """st.cache_data.clear() / st.cache_resource.clear(): this session's caches of the type."""
    _registry().caches[cache_type].clear()
