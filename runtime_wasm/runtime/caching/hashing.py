"""Hashing of cached functions' arguments: stable across reruns, unlike Python's hash().

The rules follow Streamlit's (so the same arguments hit the same entries): primitives by
value, containers by their items, dataclasses as dicts, pandas and numpy objects by their
content (sampled when large; imported only when such an object is met), files by name,
mtime and position, functions and classes by name, anything else by its `__reduce__`.
`hash_funcs` maps a type (or its "module.QualName") to a function whose result is hashed
instead. Cycles are cut with a placeholder.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime
import functools
import hashlib
import inspect
import io
import os
import pickle
import struct
import sys
import tempfile
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from enum import Enum
from re import Pattern
from types import MappingProxyType
from typing import Any

from appwasm.errors import StreamlitAPIException
from appwasm.runtime.caching.cache_errors import CacheType, UnhashableTypeError, get_fqn, get_fqn_type

HashFuncsDict = dict[str | type, Callable[[Any], Any]]

# Large frames and arrays are hashed from a fixed sample (as Streamlit does).
_PANDAS_ROWS_LARGE = 100_000
_PANDAS_SAMPLE_SIZE = 10_000
_NP_SIZE_LARGE = 1_000_000
_NP_SAMPLE_SIZE = 100_000

_CYCLE_PLACEHOLDER = b"appwasm-hash-cycle-placeholder"


class _HashStack:
    """What is being hashed right now: for cycles and for the user hash function's error."""

    def __init__(self) -> None:
        self.items: dict[int, Any] = {}
        self.hash_source: Callable[..., Any] | None = None

    def pretty_print(self) -> str:
        def describe(value: Any) -> str:
            try:
                return f"Object of type {get_fqn_type(value)}: {value}"
            except Exception:
                return "<Unable to convert item to string>"

        return "\n".join(describe(v) for v in reversed(list(self.items.values())))


_stack: ContextVar[_HashStack | None] = ContextVar("appwasm_hash_stack", default=None)


def _current_stack() -> _HashStack:
    stack = _stack.get()
    if stack is None:
        stack = _HashStack()
        _stack.set(stack)
    return stack


class UserHashError(StreamlitAPIException):
    """A function given in `hash_funcs` raised."""

    def __init__(self, orig_exc: BaseException, object_to_hash: Any, hash_func: Any,
                 cache_type: CacheType | None = None):
        self.alternate_name = type(orig_exc).__name__
        self.hash_func = hash_func
        self.cache_type = cache_type
        stack = _current_stack()
        source = stack.hash_source
        object_desc = "something" if source is None else (
            f"`{source.__name__}()`" if hasattr(source, "__name__") else "a function")
        decorator = {CacheType.RESOURCE: "@st.cache_resource", CacheType.DATA: "@st.cache_data"}.get(cache_type, "")
        func_name = f"`{hash_func.__name__}()`" if hasattr(hash_func, "__name__") else "a function"
        message = f"""
{orig_exc}

This error is likely due to a bug in {func_name}, which is a
user-defined hash function that was passed into the `{decorator}` decorator of
{object_desc}.

{func_name} failed when hashing an object of type
`{get_fqn_type(object_to_hash)}`.  If you don't know where that object is coming from,
try looking at the hash chain below for an object that you do recognize, then
pass that to `hash_funcs` instead:

```
{stack.pretty_print()}
```

If you think this is actually a Streamlit bug, please
[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose).
""".strip("\n")
        super().__init__(message)
        self.with_traceback(orig_exc.__traceback__)


def update_hash(val: Any, hasher: Any, cache_type: CacheType, hash_source: Callable[..., Any] | None = None,
                hash_funcs: HashFuncsDict | None = None) -> None:
    """Feed `val`'s stable hash into `hasher` (a hashlib object)."""
    _current_stack().hash_source = hash_source
    hasher.update(_Hasher(cache_type, hash_funcs).to_bytes(val))


def _is_type(obj: Any, fqn: str) -> bool:
    return get_fqn_type(obj) == fqn


def _has_base(obj: Any, fqn: str) -> bool:
    return any(get_fqn(base) == fqn for base in type(obj).__mro__)


def _int_to_bytes(i: int) -> bytes:
    return i.to_bytes((i.bit_length() + 8) // 8, "little", signed=True)


def _simple_key(obj: Any) -> Any:
    """A memo key for values whose bytes depend only on their value, else None."""
    simple = (bytes, bytearray, str, float, int, bool, uuid.UUID, type(None))
    if isinstance(obj, simple):
        return obj if not isinstance(obj, bytearray) else bytes(obj)
    if isinstance(obj, tuple) and all(isinstance(x, simple) for x in obj):
        return obj
    if isinstance(obj, list) and all(isinstance(x, simple) for x in obj):
        return ("__l", tuple(bytes(x) if isinstance(x, bytearray) else x for x in obj))
    return None


class _Hasher:
    def __init__(self, cache_type: CacheType, hash_funcs: HashFuncsDict | None) -> None:
        self.cache_type = cache_type
        self.hash_funcs = {k if isinstance(k, str) else get_fqn(k): v for k, v in (hash_funcs or {}).items()}
        self.memo: dict[Any, bytes] = {}

    def to_bytes(self, obj: Any) -> bytes:
        type_name = type(obj).__qualname__.encode()
        key = _simple_key(obj)
        memo_key = (type_name, key) if key is not None else None
        if memo_key is not None and memo_key in self.memo:
            return self.memo[memo_key]
        stack = _current_stack()
        if id(obj) in stack.items:
            return _CYCLE_PLACEHOLDER
        stack.items[id(obj)] = obj
        try:
            result = b"%s:%s" % (type_name, self._to_bytes(obj))
        finally:
            stack.items.pop(id(obj), None)
        if memo_key is not None:
            self.memo[memo_key] = result
        return result

    def _digest(self, *parts: Any) -> bytes:
        h = hashlib.md5(usedforsecurity=False)
        for part in parts:
            h.update(self.to_bytes(part))
        return h.digest()

    def _to_bytes(self, obj: Any) -> bytes:  # noqa: C901 - one rule per kind, in Streamlit's order
        if _is_type(obj, "unittest.mock.Mock") or _is_type(obj, "unittest.mock.MagicMock"):
            return self.to_bytes(id(obj))  # mocks look infinitely deep
        if isinstance(obj, (bytes, bytearray)):
            return bytes(obj)
        if get_fqn_type(obj) in self.hash_funcs:
            hash_func = self.hash_funcs[get_fqn_type(obj)]
            try:
                output = hash_func(obj)
            except Exception as exc:
                raise UserHashError(exc, obj, hash_func=hash_func, cache_type=self.cache_type) from exc
            return self.to_bytes(output)
        if isinstance(obj, str):
            return obj.encode()
        if isinstance(obj, float):
            return struct.pack("<d", obj)
        if isinstance(obj, bool):
            return b"1" if obj else b"0"
        if isinstance(obj, int):
            return _int_to_bytes(obj)
        if isinstance(obj, uuid.UUID):
            return obj.bytes
        if isinstance(obj, datetime.datetime):
            return obj.isoformat().encode()
        if isinstance(obj, (list, tuple)):
            return self._digest(*obj)
        if isinstance(obj, dict):
            return self._digest(*obj.items())
        if obj is None:
            return b"0"
        if not isinstance(obj, type) and dataclasses.is_dataclass(obj):
            return self.to_bytes(dataclasses.asdict(obj))
        if isinstance(obj, Enum):
            return str(obj).encode()
        module = type(obj).__module__.split(".")[0]
        if module == "pandas":
            hashed = self._pandas(obj)
            if hashed is not None:
                return hashed
        if module == "numpy" and _is_type(obj, "numpy.ndarray"):
            return self._ndarray(obj)
        if module == "PIL" and _has_base(obj, "PIL.Image.Image"):
            import numpy as np

            return self.to_bytes(np.frombuffer(obj.tobytes(), dtype="uint8"))
        if inspect.isbuiltin(obj):
            return obj.__name__.encode()
        if isinstance(obj, (MappingProxyType, collections.abc.ItemsView)):
            return self.to_bytes(dict(obj))
        if _is_type(obj, "builtins.getset_descriptor"):
            return obj.__qualname__.encode()
        if isinstance(obj, io.BytesIO) and any(c.__name__ == "UploadedFile" for c in type(obj).__mro__):
            # An upload has a name but no file on disk: hash its name, position and content.
            return self._digest(obj.name, obj.tell(), obj.getvalue())
        if hasattr(obj, "name") and isinstance(obj, (io.IOBase, tempfile._TemporaryFileWrapper)):
            return self._digest(obj.name, os.path.getmtime(obj.name), obj.tell())
        if isinstance(obj, Pattern):
            return self.to_bytes([obj.pattern, obj.flags])
        if isinstance(obj, (io.StringIO, io.BytesIO)):
            return self._digest(obj.tell(), obj.getvalue())
        if module == "numpy" and _is_type(obj, "numpy.ufunc"):
            return obj.__name__.encode()
        if inspect.ismodule(obj):
            return self.to_bytes(obj.__name__)
        if inspect.isclass(obj):
            return self.to_bytes(obj.__name__)
        if isinstance(obj, functools.partial):
            return self._digest(obj.args, obj.func, obj.keywords)
        try:
            reduced = obj.__reduce__()
        except Exception as exc:
            raise UnhashableTypeError() from exc
        # Functions (and other objects pickled by reference) reduce to their name, a string.
        return self._digest(*reduced)

    def _pandas(self, obj: Any) -> bytes | None:
        pd = sys.modules.get("pandas")
        if pd is None:
            return None
        if isinstance(obj, pd.Series):
            series = obj.sample(n=_PANDAS_SAMPLE_SIZE, random_state=0) if len(obj) >= _PANDAS_ROWS_LARGE else obj
            try:
                return self._digest(obj.size, obj.dtype.name, pd.util.hash_pandas_object(series).values.tobytes())
            except TypeError:
                return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
        if isinstance(obj, pd.DataFrame):
            frame = obj.sample(n=_PANDAS_SAMPLE_SIZE, random_state=0) if len(obj) >= _PANDAS_ROWS_LARGE else obj
            try:
                columns = self.to_bytes(pd.util.hash_pandas_object(frame.dtypes))
                values = self.to_bytes(pd.util.hash_pandas_object(frame))
                return self._digest(obj.shape, columns, values)
            except TypeError:
                return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)
        return None

    def _ndarray(self, obj: Any) -> bytes:
        import numpy as np

        shape, dtype = obj.shape, str(obj.dtype)
        if obj.size >= _NP_SIZE_LARGE:
            obj = np.random.RandomState(0).choice(obj.flat, size=_NP_SAMPLE_SIZE)
        return self._digest(shape, dtype, obj.tobytes())
