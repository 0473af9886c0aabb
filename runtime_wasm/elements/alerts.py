"""Alerts (error, warning, info, success) and st.exception."""

from __future__ import annotations

from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements._util import clean_text, validate_icon
from appwasm.runner.context import get_run_context
from appwasm.runner.tracebacks import exception_node


def _alert(dg: DeltaGenerator, level: str, body: Any, icon: str | None) -> DeltaGenerator:
    return dg._enqueue_element({"type": "alert", "level": level, "body": clean_text(body), "icon": validate_icon(icon)})


@dg_command
def error(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """Display an error message. `body` is markdown; `icon` an emoji or `:material/name:`."""
    return _alert(dg, "error", body, icon)


@dg_command
def warning(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """Display a warning message. `body` is markdown."""
    return _alert(dg, "warning", body, icon)


@dg_command
def info(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """Display an informational message. `body` is markdown."""
    return _alert(dg, "info", body, icon)


@dg_command
def success(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """Display a success message. `body` is markdown."""
    return _alert(dg, "success", body, icon)


@dg_command
def exception(dg: DeltaGenerator, exception: BaseException) -> DeltaGenerator:
    """Display an exception with its traceback (the app's own frames marked)."""
    ctx = get_run_context()
    return dg._enqueue_element(exception_node(exception, ctx.app_root if ctx else "."))


def show_error_markdown(dg: DeltaGenerator, body: str) -> DeltaGenerator:
    """An error box for the runtime's own messages (unsupported names and the like)."""
    return _alert(dg, "error", body, None)
