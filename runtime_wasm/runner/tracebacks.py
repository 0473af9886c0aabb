"""Turn an exception into the ExceptionNode the renderer shows: the user's frames first.

Frames inside appwasm's own runner (the exec machinery above the script) are dropped; frames
in the app's files are marked as user code; for API misuse (StreamlitAPIException) the frames
inside appwasm below the user's call are dropped too, so the traceback ends at the user's line.
"""

from __future__ import annotations

import os
import traceback
from types import TracebackType
from typing import Any

import appwasm

_RUNTIME_DIR = os.path.dirname(os.path.abspath(appwasm.__file__))


def _is_runtime_file(filename: str) -> bool:
    return os.path.abspath(filename).startswith(_RUNTIME_DIR + os.sep)


def _is_user_file(filename: str, app_root: str) -> bool:
    if filename.startswith("<"):
        return False
    path = os.path.abspath(filename)
    root = os.path.abspath(app_root)
    return path.startswith(root + os.sep) and "site-packages" not in path


def exception_node(exc: BaseException, app_root: str = ".", *, is_warning: bool = False) -> dict[str, Any]:
    """The ExceptionNode payload for `exc` (see protocol.elements.status)."""
    from appwasm.errors import MarkdownFormattedException, StreamlitAPIException

    frames = _frames(exc.__traceback__, app_root)
    # Drop the runner's frames above the script.
    while frames and not frames[0]["user_code"] and _is_runtime_file(frames[0]["filename"]):
        frames.pop(0)
    if isinstance(exc, StreamlitAPIException):
        while len(frames) > 1 and _is_runtime_file(frames[-1]["filename"]):
            frames.pop()
    source_line: str | None = None
    caret: int | None = None
    message = str(exc).strip()  # as Streamlit shows it
    if isinstance(exc, SyntaxError):
        message = exc.msg or message
        if exc.filename and exc.lineno:
            frames.append({
                "filename": _display_name(exc.filename, app_root), "lineno": exc.lineno, "name": "<module>",
                "line": (exc.text or "").rstrip("\n"), "user_code": True,
            })
        source_line = (exc.text or "").rstrip("\n") or None
        caret = exc.offset
    return {
        "type": "exception",
        "exc_type": type(exc).__qualname__ if type(exc).__module__ in ("builtins", "__main__") else
        f"{type(exc).__module__}.{type(exc).__qualname__}".removeprefix("appwasm.errors.").removeprefix("appwasm."),
        "message": message,
        "message_is_markdown": isinstance(exc, MarkdownFormattedException) and not isinstance(exc, SyntaxError),
        "frames": frames,
        "source_line": source_line,
        "caret": caret,
        "is_warning": is_warning,
    }


def _display_name(filename: str, app_root: str) -> str:
    if _is_user_file(filename, app_root):
        return os.path.relpath(os.path.abspath(filename), os.path.abspath(app_root))
    return filename


def _frames(tb: TracebackType | None, app_root: str) -> list[dict[str, Any]]:
    frames = []
    for summary in traceback.extract_tb(tb):
        frames.append({
            "filename": _display_name(summary.filename, app_root) if not _is_runtime_file(summary.filename) else summary.filename,
            "lineno": summary.lineno or 0,
            "name": summary.name,
            "line": (summary.line or "").strip(),
            "user_code": _is_user_file(summary.filename, app_root),
        })
    return frames
