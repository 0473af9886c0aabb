"""The machinery shared by st.cache_data and st.cache_resource: keys, lookups, replay.

A cached function's cache is found by a key made of its module, qualified name and source
code (edit the function and its old entries are no longer used); an entry's key is made of
the call's arguments, except those whose name starts with "_".
"""

from __future__ import annotations

import functools
import hashlib
import inspect
from collections.abc import Callable
from typing import Any

from appwasm.runtime.caching import storage
from appwasm.runtime.caching.cache_errors import (
    CacheError,
    CacheKeyNotFoundError,
    CacheType,
    UnevaluatedDataFrameError,
    UnhashableParamError,
    UnhashableTypeError,
    UnserializableReturnValueError,
    get_cached_func_name_md,
    get_fqn_type,
)
from appwasm.runtime.caching.hashing import HashFuncsDict, update_hash
from appwasm.runtime.caching.policies import in_cached_function
from appwasm.runtime.caching.replay import Recording, origin_block, recording, replay

# Lazy data objects that must be collected before they can be stored (Streamlit's list).
_UNEVALUATED_TYPES = ("snowflake.snowpark.dataframe.DataFrame", "snowflake.snowpark.table.Table",
                      "pyspark.sql.dataframe.DataFrame", "modin.pandas.dataframe.DataFrame",
                      "polars.lazyframe.frame.LazyFrame")


class CachedFuncInfo:
    """What a decorator knows about the function it wraps; subclasses say how to store."""

    cache_type: CacheType

    def __init__(self, func: Callable[..., Any], show_spinner: bool | str, hash_funcs: HashFuncsDict | None):
        self.func = func
        self.show_spinner = show_spinner
        self.hash_funcs = hash_funcs

    def get_function_cache(self, function_key: str) -> storage.MemoryCache:
        raise NotImplementedError

    def to_stored(self, value: Any) -> Any:
        """What the cache keeps for a return value (cache_data: its pickle)."""
        return value

    def from_stored(self, stored: Any) -> Any:
        """What a caller gets back (cache_data: a fresh copy)."""
        return stored


def _spinner(message: str) -> Any:
    """st.spinner(message, _cache=True): the spinner a cached function shows while it runs."""
    from appwasm.elements.display.status import spinner

    return spinner(message, _cache=True)


class CachedFunc:
    """The callable a cache decorator returns: looks up, or calls and stores."""

    def __init__(self, info: CachedFuncInfo):
        self._info = info
        self._function_key = _make_function_key(info.cache_type, info.func)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._info.func}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        """Methods: the bound function caches per arguments, `self` included."""
        if instance is None:
            return self
        return functools.update_wrapper(BoundCachedFunc(self, instance), self)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        show = self._info.show_spinner
        if show or isinstance(show, str):
            if isinstance(show, bool):
                name = self._info.func.__qualname__
                message = f"Running `{name}()`." if not args and not kwargs else f"Running `{name}(...)`."
            else:
                message = show
            spinner = _spinner(message)
            if spinner is not None:
                with spinner:
                    return self._get_or_create(args, kwargs)
        return self._get_or_create(args, kwargs)

    def _get_or_create(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        cache = self._info.get_function_cache(self._function_key)
        key = _make_value_key(self._info.cache_type, self._info.func, args, kwargs, self._info.hash_funcs)
        try:
            result = cache.read(key)
        except CacheKeyNotFoundError:
            return self._compute(cache, key, args, kwargs)
        replay(result.messages, self._info.cache_type, self._info.func)
        return self._info.from_stored(result.value)

    def _compute(self, cache: storage.MemoryCache, key: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        origin = origin_block()
        token = in_cached_function.set(True)
        try:
            with recording() as records:
                value = self._info.func(*args, **kwargs)
        finally:
            in_cached_function.reset(token)
        try:
            stored = self._info.to_stored(value)
        except CacheError as exc:
            if get_fqn_type(value) in _UNEVALUATED_TYPES:
                raise UnevaluatedDataFrameError(
                    f"The function {get_cached_func_name_md(self._info.func)} is decorated with `st.cache_data` "
                    f"but it returns an unevaluated data object of type `{get_fqn_type(value)}`. Please convert "
                    f"the object to a serializable format (e.g. Pandas DataFrame) before returning it, so "
                    f"`st.cache_data` can serialize and cache it."
                ) from exc
            raise UnserializableReturnValueError(func=self._info.func, return_value=value) from exc
        cache.write(key, storage.CachedResult(stored, Recording(origin, tuple(records))))  # type: ignore[arg-type]
        return value

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Clear the function's cached values: all of them, or those of these arguments."""
        cache = self._info.get_function_cache(self._function_key)
        if args or kwargs:
            cache.clear(_make_value_key(self._info.cache_type, self._info.func, args, kwargs, self._info.hash_funcs))
        else:
            cache.clear()


class BoundCachedFunc:
    """A cached method bound to its instance."""

    def __init__(self, cached_func: CachedFunc, instance: Any):
        self._cached_func = cached_func
        self._instance = instance

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached_func(self._instance, *args, **kwargs)

    def __repr__(self) -> str:
        return f"<BoundCachedFunc: {self._cached_func._info.func} of {self._instance}>"

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            self._cached_func.clear(self._instance, *args, **kwargs)
        else:
            self._cached_func.clear()


def make_cached_func_wrapper(info: CachedFuncInfo) -> Any:
    return functools.update_wrapper(CachedFunc(info), info.func)


def _make_value_key(cache_type: CacheType, func: Callable[..., Any], args: tuple[Any, ...],
                    kwargs: dict[str, Any], hash_funcs: HashFuncsDict | None) -> str:
    """The entry key: the hash of every argument whose name does not start with "_"."""
    names = _positional_names(func)
    pairs: list[tuple[str | None, Any]] = [(names[i] if i < len(names) else None, value) for i, value in enumerate(args)]
    pairs += list(kwargs.items())
    hasher = hashlib.md5(usedforsecurity=False)
    for name, value in pairs:
        if name is not None and name.startswith("_"):
            continue
        try:
            update_hash(name, hasher=hasher, cache_type=cache_type, hash_source=func)
            update_hash(value, hasher=hasher, cache_type=cache_type, hash_funcs=hash_funcs, hash_source=func)
        except UnhashableTypeError as exc:
            raise UnhashableParamError(cache_type, func, name, value, exc) from None
    return hasher.hexdigest()


# Facts about a function that only its code decides, remembered by code object: a function the
# script defines is made anew on every rerun, but from the same (cached) code object, and a
# cached function's key is asked on every call. Bounded, for scripts that keep changing.
_by_code: dict[tuple[str, Any], Any] = {}
_MAX_REMEMBERED = 1024


def _remembered(kind: str, func: Callable[..., Any], compute: Callable[[], Any]) -> Any:
    code = getattr(func, "__code__", None)
    if code is None:
        return compute()
    key = (kind, code, getattr(func, "__qualname__", ""))
    if key not in _by_code:
        if len(_by_code) >= _MAX_REMEMBERED:
            _by_code.clear()
        _by_code[key] = compute()
    return _by_code[key]


def _make_function_key(cache_type: CacheType, func: Callable[..., Any]) -> str:
    """The function's cache key: stable across reruns, new when its source changes."""

    def compute() -> str:
        hasher = hashlib.md5(usedforsecurity=False)
        update_hash((func.__module__, func.__qualname__), hasher=hasher, cache_type=cache_type, hash_source=func)
        try:
            source: str | bytes = inspect.getsource(func)
        except (OSError, TypeError):
            source = func.__code__.co_code
        update_hash(source, hasher=hasher, cache_type=cache_type, hash_source=func)
        return hasher.hexdigest()

    return _remembered(f"function key {cache_type}", func, compute)


def _positional_names(func: Callable[..., Any]) -> tuple[str | None, ...]:
    """The names of the parameters that positional arguments bind to (None: *args and beyond)."""

    def compute() -> tuple[str | None, ...]:
        try:
            params = list(inspect.signature(func).parameters.values())
        except (TypeError, ValueError):
            return ()
        positional = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.POSITIONAL_ONLY)
        return tuple(p.name if p.kind in positional else None for p in params)

    return _remembered("positional names", func, compute)
