"""The errors of st.cache_data / st.cache_resource, with Streamlit's messages."""

from __future__ import annotations

import enum
from typing import Any

from appwasm.errors import MarkdownFormattedException, StreamlitAPIException, StreamlitAPIWarning

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


class CacheType(enum.Enum):
    """The function cache types."""

    DATA = "DATA"
    RESOURCE = "RESOURCE"


def get_decorator_api_name(cache_type: CacheType) -> str:
    """The public decorator's name for a cache type ("cache_data" or "cache_resource")."""
    if cache_type is CacheType.DATA:
        return "cache_data"
    if cache_type is CacheType.RESOURCE:
        return "cache_resource"
    raise RuntimeError(f"Unrecognized CacheType '{cache_type}'")


def get_fqn_type(obj: Any) -> str:
    """`module.QualName` of an object's type (how the messages and hash_funcs name types)."""
    return get_fqn(type(obj))


def get_fqn(the_type: type) -> str:
    return f"{the_type.__module__}.{the_type.__qualname__}"


def get_cached_func_name_md(func: Any) -> str:
    """The function's name as markdown code."""
    if hasattr(func, "__name__"):
        return f"`{func.__name__}()`"
    if hasattr(type(func), "__name__"):
        return f"`{type(func).__name__}`"
    return f"`{type(func)}`"


def get_return_value_type(return_value: Any) -> str:
    if hasattr(return_value, "__module__") and hasattr(type(return_value), "__name__"):
        return f"`{return_value.__module__}.{type(return_value).__name__}`"
    return get_cached_func_name_md(return_value)


class UnhashableTypeError(Exception):
    pass


class CacheKeyNotFoundError(Exception):
    pass


class CacheError(Exception):
    pass


class UnhashableParamError(StreamlitAPIException):
    """An argument of a cached function cannot be hashed (say how to exclude it)."""

    def __init__(self, cache_type: CacheType, func: Any, arg_name: str | None, arg_value: Any,
                 orig_exc: BaseException):
        super().__init__(self._create_message(cache_type, func, arg_name, arg_value))
        self.with_traceback(orig_exc.__traceback__)

    @staticmethod
    def _create_message(cache_type: CacheType, func: Any, arg_name: str | None, arg_value: Any) -> str:
        arg_name_str = arg_name if arg_name is not None else "(unnamed)"
        arg_type = get_fqn_type(arg_value)
        func_name = func.__name__
        arg_replacement_name = f"_{arg_name}" if arg_name is not None else "_arg"
        return (
            f"""
Cannot hash argument '{arg_name_str}' (of type `{arg_type}`) in '{func_name}'.

To address this, you can tell Streamlit not to hash this argument by adding a
leading underscore to the argument's name in the function signature:

```
@st.{get_decorator_api_name(cache_type)}
def {func_name}({arg_replacement_name}, ...):
    ...
```
            """
        ).strip("\n")


class CacheReplayClosureError(StreamlitAPIException):
    """A cached function drew into a container created outside it."""

    def __init__(self, cache_type: CacheType, cached_func: Any):
        func_name = get_cached_func_name_md(cached_func)
        decorator_name = get_decorator_api_name(cache_type)
        super().__init__(
            f"""
While running {func_name}, a streamlit element is called on some layout block
created outside the function. This is incompatible with replaying the cached
effect of that element, because the the referenced block might not exist when
the replay happens.

How to fix this:
* Move the creation of $THING inside {func_name}.
* Move the call to the streamlit element outside of {func_name}.
* Remove the `@st.{decorator_name}` decorator from {func_name}.
            """.strip("\n")
        )


class UnserializableReturnValueError(MarkdownFormattedException):
    """st.cache_data's return value cannot be pickled."""

    def __init__(self, func: Any, return_value: Any):
        super().__init__(
            f"""
            Cannot serialize the return value (of type {get_return_value_type(return_value)})
            in {get_cached_func_name_md(func)}. `st.cache_data` uses
            [pickle](https://docs.python.org/3/library/pickle.html) to serialize the
            function's return value and safely store it in the cache
            without mutating the original object. Please convert the return value to a
            pickle-serializable type. If you want to cache unserializable objects such
            as database connections or Tensorflow sessions, use `st.cache_resource`
            instead (see [our docs]({CACHE_DOCS_URL}) for differences)."""
        )


class UnevaluatedDataFrameError(StreamlitAPIException):
    """A cached function returned a lazy data object that cannot be stored."""


class CachedWidgetWarning(StreamlitAPIWarning):
    """A widget inside a cached function: it only runs on a cache miss."""

    def __init__(self) -> None:
        super().__init__(
            """
Your script uses a widget command in a cached function
(function decorated with `@st.cache_data` or `@st.cache_resource`).
This code will only be called when we detect a cache "miss",
which can lead to unexpected results.

To fix this, move all widget commands outside the cached function.
"""
        )
