"""st.write, st.json and magic: show any Python object the way Streamlit does."""

from __future__ import annotations

import collections
import dataclasses
import enum
import inspect
import io
import json as _json
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import Callable, ItemsView, KeysView, ValuesView
from typing import Any

from appwasm.delta_generator import DeltaGenerator, active_dg, dg_command
from appwasm.elements._util import is_pil_image

# (predicate, writer) pairs that other families add (dataframes, charts, images...). The first
# match wins; strings and the fallback are handled by st.write itself.
_WRITERS: list[tuple[Callable[[Any], bool], Callable[[DeltaGenerator, Any, bool], None]]] = []


def register_writer(predicate: Callable[[Any], bool], writer: Callable[[DeltaGenerator, Any, bool], None]) -> None:
    """Teach st.write a type: `writer(dg, obj, unsafe_allow_html)` draws `obj` when `predicate(obj)`."""
    _WRITERS.append((predicate, writer))


def _json_default(obj: Any) -> Any:
    # As Streamlit: sets become lists, anything else unserializable its repr.
    return list(obj) if isinstance(obj, set) else repr(obj)


# The mapping-like objects of the API that st.json and st.write show through their to_dict().
_CUSTOM_DICTS = frozenset({"SessionStateProxy", "UserInfoProxy", "QueryParamsProxy", "StreamlitHeaders",
                           "StreamlitCookies", "Secrets"})


def _is_custom_dict(obj: Any) -> bool:
    return (type(obj).__name__ in _CUSTOM_DICTS and type(obj).__module__.startswith("appwasm.")
            and callable(getattr(obj, "to_dict", None)))


def _is_namedtuple(obj: Any) -> bool:
    return isinstance(obj, tuple) and callable(getattr(obj, "_asdict", None))


def _is_pydantic_model(obj: Any) -> bool:
    return not isinstance(obj, type) and any(
        c.__module__ == "pydantic.main" and c.__name__ == "BaseModel" for c in type(obj).__mro__)


def _is_list_like(obj: Any) -> bool:
    import array

    if isinstance(obj, str):
        return False
    return isinstance(obj, (list, set, tuple, array.ArrayType, collections.deque, enum.EnumMeta, enumerate,
                            frozenset, ItemsView, KeysView, map, range, UserList, ValuesView))


@dg_command
def json(dg: DeltaGenerator, body: Any, *, expanded: bool | int = True) -> DeltaGenerator:
    """Display an object or a JSON string as a pretty-printed, collapsible tree.

    A string is taken to be JSON text already; sets are shown as lists and other values that
    JSON cannot hold as their repr (as Streamlit does).
    """
    if _is_custom_dict(body):
        body = body.to_dict()
    if _is_namedtuple(body):
        body = body._asdict()
    if isinstance(body, (ChainMap, types.MappingProxyType, UserDict)) or _is_pydantic_model(body):
        body = dict(body)
    if _is_list_like(body):
        body = list(body)
    if not isinstance(body, str):
        try:
            body = _json.dumps(body, default=_json_default)
        except TypeError as err:
            dg.warning("Warning: this data structure was not fully serializable as JSON due to one or more "
                       f"unexpected keys.  (Error was: {err})")
            body = _json.dumps(body, skipkeys=True, default=_json_default)
    if not isinstance(expanded, (bool, int)):
        from appwasm.errors import StreamlitAPIException

        raise StreamlitAPIException(f"The type {type(expanded)} of `expanded` is not supported, must be bool or int.")
    return dg._enqueue_element({"type": "json", "body": body, "expanded": expanded})


def _is_jsonish(obj: Any) -> bool:
    """What st.write shows with st.json (Streamlit's list; sets and plain tuples are not in it)."""
    return (
        isinstance(obj, (dict, list, map, enumerate, types.MappingProxyType, UserDict, ChainMap, UserList,
                         ItemsView, KeysView, ValuesView))
        or _is_custom_dict(obj) or _is_namedtuple(obj) or _is_pydantic_model(obj)
    )


# What st.write documents with st.help.
_HELP_TYPES = (types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType, types.MethodType,
               types.ModuleType)
# "<foo.Bar object at 0x10af2c9d0>": a default repr, which says nothing: st.write shows st.help.
_MEM_ADDRESS = re.compile(r"^\<[a-zA-Z_]+[a-zA-Z0-9<>._ ]* at 0x[0-9a-f]+\>$")
_HTML_TAGS = re.compile(r"(?:</[^<]+>)|(?:<[^<]+/>)")


def _classes(obj: Any) -> set[tuple[str, str]]:
    """(top-level package, class name) of the object's class and its bases: enough to recognise
    a library's type without importing the library (and stable across its versions, which move
    classes between submodules)."""
    return {(c.__module__.split(".")[0], c.__qualname__) for c in type(obj).__mro__}


# Data and figure types st.write hands to a command, as Streamlit 1.40 does.
_DATAFRAME_LIKE = {("pandas", "DataFrame"), ("pandas", "Series"), ("pandas", "Index"), ("pandas", "Styler"),
                   ("numpy", "ndarray"), ("pyarrow", "Table"), ("pyarrow", "RecordBatch"),
                   ("polars", "DataFrame"), ("polars", "Series")}
_FIGURES = (
    ({("altair", "TopLevelMixin")}, "altair_chart"),
    ({("matplotlib", "Figure")}, "pyplot"),
    ({("plotly", "BaseFigure")}, "plotly_chart"),
    ({("bokeh", "figure"), ("bokeh", "Figure")}, "bokeh_chart"),
    ({("graphviz", "BaseGraph"), ("graphviz", "Dot")}, "graphviz_chart"),
    ({("pydeck", "Deck")}, "pydeck_chart"),
)


def _command_for(obj: Any) -> str | None:
    """The st command that shows `obj` (a data frame or a chart figure), or None."""
    classes = _classes(obj)
    if classes & _DATAFRAME_LIKE:
        return "dataframe"
    for kinds, command in _FIGURES:
        if classes & kinds:
            return command
    return None


def _is_sympy(obj: Any) -> bool:
    return type(obj).__module__.startswith("sympy.") and hasattr(obj, "free_symbols")


def _is_stream(obj: Any) -> bool:
    if inspect.isgenerator(obj) or inspect.isgeneratorfunction(obj) or inspect.isasyncgen(obj):
        return True
    return type(obj).__name__ in ("Stream", "AsyncStream") and type(obj).__module__.startswith("openai.")


def _repr_html(obj: Any) -> str | None:
    method = getattr(obj, "_repr_html_", None)
    return method() if callable(method) else None


def _fenced(text: str) -> str:
    """`text` in code style, fenced with more backticks than it contains (Streamlit's rule)."""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    if "\n" in text:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (longest + 1)
    return f"{fence}{text}{fence}"


@dg_command
def write(dg: DeltaGenerator, *args: Any, unsafe_allow_html: bool = False, **kwargs: Any) -> None:
    """Write each argument in the way that suits it: strings as markdown, dicts and lists as
    JSON, exceptions with their traceback, images, LaTeX for sympy expressions, generators
    streamed (st.write_stream), functions, classes, dataclasses and modules documented
    (st.help), objects with `_repr_html_` as HTML, and any other object as its `str()` in
    code style.

    Consecutive strings (and plain objects) are joined with spaces into one markdown block.
    """
    from appwasm.elements.write_stream import StreamingOutput
    from appwasm.errors import StreamlitAPIException

    if dg._slot is not None and len(args) > 1:  # an element slot (st.empty()): one element only
        raise StreamlitAPIException(
            "Cannot replace a single element with multiple elements.\n\nThe `write()` method only supports "
            "multiple elements when inserting elements rather than replacing. That is, only when called as "
            "`st.write()` or `st.sidebar.write()`."
        )
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
        command = _command_for(arg)
        if command is not None:
            flush()
            getattr(dg, command)(arg)
        elif isinstance(arg, StreamingOutput):
            flush()
            for item in arg:
                if callable(item):
                    item()
                else:
                    dg.write(item, unsafe_allow_html=unsafe_allow_html)
        elif isinstance(arg, BaseException):
            flush()
            dg.exception(arg)
        elif writer is not None:
            flush()
            writer(dg, arg, unsafe_allow_html)
        elif _is_sympy(arg):
            flush()
            dg.latex(arg)
        elif is_pil_image(arg):
            flush()
            dg.image(arg)
        elif _is_jsonish(arg):
            flush()
            dg.json(arg)
        elif isinstance(arg, io.StringIO):
            flush()
            dg.markdown(arg.getvalue())
        elif _is_stream(arg):
            flush()
            dg.write_stream(arg)
        elif isinstance(arg, _HELP_TYPES) or dataclasses.is_dataclass(arg) or inspect.isclass(arg):
            flush()
            dg.help(arg)
        elif (html := _repr_html(arg)) and (unsafe_allow_html or not _HTML_TAGS.search(html)):
            dg.markdown(html, unsafe_allow_html=unsafe_allow_html)
        else:
            text = str(arg)
            if _MEM_ADDRESS.match(text):
                flush()
                dg.help(arg)
            else:
                buffer.append(_fenced(text))
    flush()


def magic_write(*values: Any) -> Any:
    """What a bare expression statement in the script calls (see runner.magic)."""
    active_dg().write(*values)
    return values[0] if len(values) == 1 else values
