"""st.cache_data, st.cache_resource and the deprecated st.cache."""

from __future__ import annotations

import math
import pickle
import sys
from collections.abc import Callable
from datetime import timedelta
from typing import Any, Literal, TypeVar, overload

from appwasm.errors import StreamlitAPIException
from appwasm.runtime.caching import storage
from appwasm.runtime.caching.cache_errors import CACHE_DOCS_URL, CacheError, CacheType
from appwasm.runtime.caching.cache_utils import CachedFuncInfo, make_cached_func_wrapper
from appwasm.runtime.caching.hashing import HashFuncsDict
from appwasm.time_util import time_to_seconds

F = TypeVar("F", bound=Callable[..., Any])
CachePersistType = Literal["disk"] | None

_PERSIST_NOTICE = (
    "The cached function '{name}' asks for persist=\"disk\". appwasm runs in the browser: its "
    "cache lives in memory for this browser tab and is rebuilt when the page is reloaded."
)
_WIDGET_REPLAY_DEPRECATION = (
    "The cached widget replay feature was removed in 1.38. The `experimental_allow_widgets` parameter "
    "will also be removed in a future release. Please remove the `experimental_allow_widgets` parameter "
    "from the `@st.{decorator}` decorator and move all widget commands outside of cached functions.\n\n"
    "To speed up your app, we recommend moving your widgets into fragments. Find out more about fragments "
    "in [our docs](https://docs.streamlit.io/develop/api-reference/execution-flow/st.fragment). \n\n"
    "If you have a specific use-case that requires the `experimental_allow_widgets` functionality, please "
    "tell us via an [issue on Github](https://github.com/streamlit/streamlit/issues)."
)


# Functions whose persist="disk" notice was printed (once each, not on every rerun).
_persist_noticed: set[str] = set()


def _show_deprecation(message: str) -> None:
    from appwasm.deprecation import show_deprecation_warning

    show_deprecation_warning(message)


class _DataFuncInfo(CachedFuncInfo):
    cache_type = CacheType.DATA

    def __init__(self, func: Callable[..., Any], *, show_spinner: bool | str, persist: CachePersistType,
                 max_entries: int | None, ttl: float | timedelta | str | None, hash_funcs: HashFuncsDict | None):
        super().__init__(func, show_spinner, hash_funcs)
        self.persist = persist
        self.max_entries = max_entries
        self.ttl_seconds = time_to_seconds(ttl, coerce_none_to_inf=False)
        name = f"{func.__module__}.{func.__qualname__}"
        if persist == "disk" and name not in _persist_noticed:
            # Streamlit logs a warning when a persisted cache has a TTL; in the browser, disk
            # persistence itself has no effect, which is what the app's author needs to know.
            _persist_noticed.add(name)
            print(_PERSIST_NOTICE.format(name=name), file=sys.stderr)

    def get_function_cache(self, function_key: str) -> storage.MemoryCache:
        ttl = math.inf if self.ttl_seconds is None else self.ttl_seconds
        entries = math.inf if self.max_entries is None else self.max_entries
        return storage.get_function_cache(
            CacheType.DATA, function_key, (ttl, entries, self.persist),
            lambda: storage.MemoryCache(ttl_seconds=ttl, max_entries=entries))

    def to_stored(self, value: Any) -> Any:
        try:
            return pickle.dumps(value)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            raise CacheError("Failed to pickle") from exc

    def from_stored(self, stored: Any) -> Any:
        return pickle.loads(stored)


class _ResourceFuncInfo(CachedFuncInfo):
    cache_type = CacheType.RESOURCE

    def __init__(self, func: Callable[..., Any], *, show_spinner: bool | str, max_entries: int | None,
                 ttl: float | timedelta | str | None, validate: Callable[[Any], bool] | None,
                 hash_funcs: HashFuncsDict | None):
        super().__init__(func, show_spinner, hash_funcs)
        self.max_entries = math.inf if max_entries is None else max_entries
        self.ttl_seconds = time_to_seconds(ttl)
        self.validate = validate

    def get_function_cache(self, function_key: str) -> storage.MemoryCache:
        return storage.get_function_cache(
            CacheType.RESOURCE, function_key, (self.ttl_seconds, self.max_entries, self.validate is not None),
            lambda: storage.MemoryCache(ttl_seconds=self.ttl_seconds, max_entries=self.max_entries,
                                        validate=self.validate))


class _CacheAPI:
    """What both decorators share: bare or with arguments, the widget-replay deprecation,
    and `.clear()` of every cache of their type."""

    cache_type: CacheType

    def _decorate(self, func: Any, experimental_allow_widgets: bool, make_info: Callable[[Any], CachedFuncInfo]) -> Any:
        if experimental_allow_widgets:
            decorator = "cache_data" if self.cache_type is CacheType.DATA else "cache_resource"
            _show_deprecation(_WIDGET_REPLAY_DEPRECATION.format(decorator=decorator))

        def wrap(f: Any) -> Any:
            return make_cached_func_wrapper(make_info(f))

        return wrap if func is None else wrap(func)

    def clear(self) -> None:
        """Clear every cache of this type in this session."""
        storage.clear_all(self.cache_type)


class CacheDataAPI(_CacheAPI):
    """st.cache_data: the decorator (bare or with arguments) and `st.cache_data.clear()`."""

    cache_type = CacheType.DATA

    @overload
    def __call__(self, func: F) -> F: ...

    @overload
    def __call__(self, *, ttl: float | timedelta | str | None = None, max_entries: int | None = None,
                 show_spinner: bool | str = True, persist: CachePersistType | bool = None,
                 experimental_allow_widgets: bool = False,
                 hash_funcs: HashFuncsDict | None = None) -> Callable[[F], F]: ...

    def __call__(self, func: F | None = None, *, ttl: float | timedelta | str | None = None,
                 max_entries: int | None = None, show_spinner: bool | str = True,
                 persist: CachePersistType | bool = None, experimental_allow_widgets: bool = False,
                 hash_funcs: HashFuncsDict | None = None) -> Any:
        """Cache a function that returns data (a dataframe, a query result...).

        The return value is stored pickled: each call gets its own copy, so callers may mutate
        it freely. The cache is keyed on the function's source and the values of its arguments
        (arguments whose name starts with "_" are not hashed). `ttl` (seconds, a timedelta or a
        string like "1h") expires entries; `max_entries` bounds the cache; `show_spinner` shows
        st.spinner while the function runs; `hash_funcs` maps types to custom hash functions.
        `persist="disk"` is accepted, but in the browser the cache lives in memory only.
        `func.clear()` clears one function's cache, `st.cache_data.clear()` all of them.
        """
        persist_string: CachePersistType
        if persist is True:
            persist_string = "disk"
        elif persist is False:
            persist_string = None
        else:
            persist_string = persist
        if persist_string not in (None, "disk"):
            raise StreamlitAPIException(f"Unsupported persist option '{persist}'. Valid values are 'disk' or None.")
        return self._decorate(func, experimental_allow_widgets, lambda f: _DataFuncInfo(
            f, show_spinner=show_spinner, persist=persist_string, max_entries=max_entries, ttl=ttl,
            hash_funcs=hash_funcs))


class CacheResourceAPI(_CacheAPI):
    """st.cache_resource: the decorator (bare or with arguments) and `st.cache_resource.clear()`."""

    cache_type = CacheType.RESOURCE

    @overload
    def __call__(self, func: F) -> F: ...

    @overload
    def __call__(self, *, ttl: float | timedelta | str | None = None, max_entries: int | None = None,
                 show_spinner: bool | str = True, validate: Callable[[Any], bool] | None = None,
                 experimental_allow_widgets: bool = False,
                 hash_funcs: HashFuncsDict | None = None) -> Callable[[F], F]: ...

    def __call__(self, func: F | None = None, *, ttl: float | timedelta | str | None = None,
                 max_entries: int | None = None, show_spinner: bool | str = True,
                 validate: Callable[[Any], bool] | None = None, experimental_allow_widgets: bool = False,
                 hash_funcs: HashFuncsDict | None = None) -> Any:
        """Cache a function that returns a shared resource (a model, a connection...).

        Every call with the same arguments returns the same object (not a copy). `validate`,
        if given, is called with the cached value on each access; when it returns False the
        value is discarded and the function runs again. `ttl`, `max_entries`, `show_spinner`
        and `hash_funcs` work as for st.cache_data.
        """
        return self._decorate(func, experimental_allow_widgets, lambda f: _ResourceFuncInfo(
            f, show_spinner=show_spinner, max_entries=max_entries, ttl=ttl, validate=validate, hash_funcs=hash_funcs))


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()


def cache(func: F | None = None, persist: bool = False, allow_output_mutation: bool = False,
          show_spinner: bool = True, suppress_st_warning: bool = False, hash_funcs: HashFuncsDict | None = None,
          max_entries: int | None = None, ttl: float | None = None) -> Any:
    """Legacy caching decorator (deprecated): st.cache_data, or st.cache_resource when
    `allow_output_mutation=True`. Shows Streamlit's deprecation warning."""
    _show_deprecation(
        f"""
`st.cache` is deprecated and will be removed soon. Please use one of Streamlit's new
caching commands, `st.cache_data` or `st.cache_resource`. More information
[in our docs]({CACHE_DOCS_URL}).

**Note**: The behavior of `st.cache` was updated in Streamlit 1.36 to the new caching
logic used by `st.cache_data` and `st.cache_resource`. This might lead to some problems
or unexpected behavior in certain edge cases.
"""
    )
    if allow_output_mutation:
        return cache_resource(func, show_spinner=show_spinner, hash_funcs=hash_funcs,  # type: ignore[call-overload]
                              max_entries=max_entries, ttl=ttl)
    return cache_data(func, persist=persist, show_spinner=show_spinner, hash_funcs=hash_funcs,  # type: ignore[call-overload]
                      max_entries=max_entries, ttl=ttl)
