"""st.echo (show the code of a block next to its output) and st.help (an object's documentation)."""

from __future__ import annotations

import ast
import contextlib
import inspect
import linecache
import os
import re
import sys
import textwrap
import types
from collections.abc import Iterator
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, active_dg, dg_command

_MAX_VALUE_CHARS = 300
_RUNTIME_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _caller_frame() -> types.FrameType | None:
    """The first frame outside appwasm and contextlib: the user's line that called us."""
    frame = sys._getframe(1)
    here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    while frame is not None:
        filename = os.path.abspath(frame.f_code.co_filename)
        if not filename.startswith(here) and "contextlib" not in filename:
            return frame
        frame = frame.f_back
    return None


def _with_block_source(filename: str, line: int) -> str:
    with open(filename, encoding="utf-8") as f:
        source = f.read()
    lines = source.splitlines(keepends=True)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.With, ast.AsyncWith)) and node.lineno == line and node.body:
            start = node.body[0].lineno - 1
            return textwrap.dedent("".join(lines[start:node.end_lineno]))
    raise FileNotFoundError(f"No `with st.echo()` block at {filename}, line {line}")


@contextlib.contextmanager
def echo(code_location: Literal["above", "below"] = "above") -> Iterator[None]:
    """Use in a `with` block to draw some code on the app, then execute it::

        with st.echo():
            st.write("This code will be printed")

    `code_location`: "above" (default) shows the code before its output, "below" after it.
    """
    if code_location == "below":
        show_code, show_warning = active_dg().code, active_dg().warning
    else:
        placeholder = active_dg().empty()
        show_code, show_warning = placeholder.code, placeholder.warning
    frame = _caller_frame()
    try:
        if frame is None:
            raise FileNotFoundError("the calling code's source is not available")
        code = _with_block_source(frame.f_code.co_filename, frame.f_lineno)
    except (OSError, SyntaxError) as err:
        yield
        show_warning("Unable to display code. %s" % err)
        return
    yield
    show_code(code, "python")


# ------------------------------------------------------------------ st.help


def _type_name(obj: Any) -> str:
    if inspect.isclass(obj):
        return "class"
    if inspect.ismodule(obj):
        return "module"
    if inspect.isbuiltin(obj):
        return "builtin_function_or_method"
    if inspect.ismethod(obj):
        return "method"
    if inspect.isfunction(obj):
        return "function"
    return type(obj).__name__


def _signature(obj: Any) -> str | None:
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return None


def _value(obj: Any) -> str | None:
    from appwasm.runtime.secrets import Secrets

    # As Streamlit: reading st.secrets would show an error when the app has no secrets.toml.
    if inspect.ismodule(obj) or isinstance(obj, Secrets):
        return None
    if callable(obj):
        return _signature(obj)
    text = repr(obj)
    return text if len(text) <= _MAX_VALUE_CHARS else text[: _MAX_VALUE_CHARS - 3] + "..."


def _summary(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.strip().split("\n\n")[0].replace("\n", " ")


def _members(obj: Any) -> list[dict[str, Any]]:
    if not (inspect.isclass(obj) or inspect.ismodule(obj) or not callable(obj)):
        return []
    if isinstance(obj, (str, bytes, int, float, bool, type(None), list, tuple, dict, set)):
        return []
    members = []
    for name in sorted(dir(obj)):
        if name.startswith("_"):
            continue
        try:
            member = getattr(obj, name)
        except Exception:  # noqa: BLE001 - a property that fails is simply not listed
            continue
        members.append({
            "name": name, "type_name": _type_name(member),
            "value": None if callable(member) else _value(member),
            "doc": _summary(member) if callable(member) or inspect.ismodule(member) else "",
        })
    return members


def _script_line() -> str | None:
    """The line of the script's own top-level code that is running (Streamlit reads the frame
    right below its script runner: for a call inside a user function, the line that called the
    function), stripped, or None."""
    runner = os.path.join(_RUNTIME_DIR, "runner", "script_runner.py")
    frame = sys._getframe(1)
    while frame.f_back is not None and os.path.abspath(frame.f_back.f_code.co_filename) != runner:
        frame = frame.f_back
    if frame.f_back is None:
        return None
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
    return re.sub(r"[\n\r]+", "", line.strip()) or None


def _variable_name(code: str | None) -> str | None:
    """The name st.help shows, by Streamlit's rule: in `st.help(x)` or `st.write(x)` the
    source of the argument (`foo` for a walrus `foo := ...`, nothing for a literal); on any
    other line (magic, a call of the user's function) the line itself."""
    if code is None:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:  # a call spread over several lines
        return None
    root = getattr(tree.body[0], "value", None) if tree.body else None
    is_command = isinstance(root, ast.Call) and any(
        getattr(root.func, attr, None) in ("help", "write") for attr in ("id", "attr"))
    if not is_command:
        return code[:-1] if code.endswith(",") else code
    arg = root.args[0] if root.args else (root.keywords[0].value if root.keywords else None)
    if arg is None or isinstance(arg, ast.Constant):
        return None
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id if isinstance(arg.target, ast.Name) else None
    return code[arg.col_offset:arg.end_col_offset]


def _doc_node(obj: Any, variable: str | None) -> dict[str, Any]:
    own_doc = inspect.getdoc(obj)  # an instance without its own docstring shows its type's
    return {
        "type": "doc_string", "name": variable, "value": _value(obj),
        "type_name": _type_name(obj), "doc": own_doc or "", "members": _members(obj),
    }


class _StreamlitModule:
    """The default of st.help's `obj`: the streamlit module itself."""

    def __repr__(self) -> str:
        return "streamlit"


_STREAMLIT = _StreamlitModule()


@dg_command
def help(dg: DeltaGenerator, obj: Any = _STREAMLIT) -> DeltaGenerator:  # noqa: A001 - Streamlit's name
    """Display help and other information for a given object: its name, type, value or
    signature, docstring, and public members. With no argument, the help of streamlit itself."""
    variable = _variable_name(_script_line())
    if obj is _STREAMLIT:
        import appwasm

        obj, variable = appwasm, "streamlit"
    return dg._enqueue_element(_doc_node(obj, variable))
