"""st.write, st.json and magic: show any Python object the way Streamlit does."""

from __future__ import annotations

import dataclasses
import inspect
import io
import json as _json
import types
from collections.abc import Callable
from typing import Any

from appwasm.delta_generator import DeltaGenerator, active_dg, dg_command

# (predicate, writer) pairs that other families add (dataframes, charts, images...). The first
# match wins; strings and the fallback are handled by st.write itself.
_WRITERS: list[tuple[Callable[[Any], bool], Callable[[DeltaGenerator, Any, bool], None]]] = []


def register_writer(predicate: Callable[[Any], bool], writer: Callable[[DeltaGenerator, Any, bool], None]) -> None:
    """Teach st.write a type: `writer(dg, obj, unsafe_allow_html)` draws `obj` when `predicate(obj)`."""
    _WRITERS.append((predicate, writer))


def _json_default(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if hasattr(obj, "to_dict") and callable(obj.to_dict):
        try:
            return obj.to_dict()
        except Exception:
            pass
    return repr(obj)


@dg_command
def json(dg: DeltaGenerator, body: Any, *, expanded: bool | int = True) -> DeltaGenerator:
    """Display an object or a JSON string as a pretty-printed, collapsible tree."""
    if isinstance(body, str):
        try:
            _json.loads(body)
            text = body
        except ValueError:
            text = _json.dumps(body)
    else:
        text = _json.dumps(body, default=_json_default)
    if not isinstance(expanded, (bool, int)):
        from appwasm.errors import StreamlitAPIException

        raise StreamlitAPIException(f"The type {type(expanded)} of `expanded` is not supported, must be bool or int.")
    return dg._enqueue_element({"type": "json", "body": text, "expanded": expanded})


def _is_jsonish(obj: Any) -> bool:
    return (
        isinstance(obj, (dict, list, set, frozenset))
        or (isinstance(obj, tuple) and hasattr(obj, "_asdict"))
        or (dataclasses.is_dataclass(obj) and not isinstance(obj, type))
        or type(obj).__name__ in ("dict_keys", "dict_values", "dict_items", "mappingproxy")
        or hasattr(obj, "model_dump")
    )


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, tuple) and hasattr(obj, "_asdict"):
        return obj._asdict()
    if hasattr(obj, "model_dump"):
        return obj.model_dump()
    if type(obj).__name__ in ("dict_keys", "dict_values", "dict_items"):
        return list(obj)
    if type(obj).__name__ == "mappingproxy":
        return dict(obj)
    return obj


# What st.write documents with st.help.
_HELP_TYPES = (types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType, types.MethodType,
               types.ModuleType)


def _is_pil_image(obj: Any) -> bool:
    return any(c.__module__.startswith("PIL.") and c.__name__ == "Image" for c in type(obj).__mro__)


def _is_sympy(obj: Any) -> bool:
    return type(obj).__module__.startswith("sympy.") and hasattr(obj, "free_symbols")


def _is_stream(obj: Any) -> bool:
    if inspect.isgenerator(obj) or inspect.isasyncgen(obj):
        return True
    return type(obj).__name__ in ("Stream", "AsyncStream") and type(obj).__module__.startswith("openai.")


@dg_command
def write(dg: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False, **kwargs: Any) -> None:
    """Write each argument in the way that suits it: strings as markdown, dicts and lists as
    JSON, exceptions with their traceback, images, LaTeX for sympy expressions, generators
    streamed (st.write_stream), functions, classes and modules documented (st.help), objects
    with `_repr_html_` as HTML and with `_repr_markdown_` as markdown, and any other object as
    its `str()` in code style.

    Consecutive strings (and plain objects) are joined with spaces into one markdown block.
    """
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            dg.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        writer = next((w for predicate, w in _WRITERS if predicate(arg)), None)
        if writer is not None:
            flush()
            writer(dg, arg, unsafe_allow_html)
        elif isinstance(arg, BaseException):
            flush()
            dg.exception(arg)
        elif isinstance(arg, DeltaGenerator):
            flush()
        elif isinstance(arg, io.StringIO):
            flush()
            dg.markdown(arg.getvalue(), unsafe_allow_html=unsafe_allow_html)
        elif _is_stream(arg):
            flush()
            dg.write_stream(arg)
        elif _is_pil_image(arg):
            flush()
            dg.image(arg)
        elif _is_sympy(arg):
            flush()
            dg.latex(arg)
        elif inspect.isclass(arg) or isinstance(arg, _HELP_TYPES):
            flush()
            dg.help(arg)
        elif _is_jsonish(arg):
            flush()
            dg.json(_jsonable(arg))
        elif callable(getattr(arg, "_repr_html_", None)):
            flush()
            dg.html(arg._repr_html_())
        elif callable(getattr(arg, "_repr_markdown_", None)):
            flush()
            dg.markdown(arg._repr_markdown_(), unsafe_allow_html=unsafe_allow_html)
        else:
            buffer.append("`%s`" % str(arg).replace("`", "\\`"))
    flush()


def magic_write(*values: Any) -> Any:
    """What a bare expression statement in the script calls (see runner.magic)."""
    active_dg().write(*values)
    return values[0] if len(values) == 1 else values
