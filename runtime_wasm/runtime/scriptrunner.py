"""`streamlit.runtime.scriptrunner`: the run-context helpers libraries call from threads."""

from __future__ import annotations

import contextvars
import threading
from typing import Any

from appwasm.runner.context import RunContext, get_run_context


def get_script_run_ctx(suppress_warning: bool = False) -> RunContext | None:
    """The context of the run in progress, or None."""
    return get_run_context()


def add_script_run_ctx(thread: Any = None, ctx: RunContext | None = None) -> Any:
    """Attach the current run context to `thread` (threads do not run inside Pyodide's worker,
    but libraries call this unconditionally; it returns the thread unchanged)."""
    if isinstance(thread, threading.Thread) and ctx is None:
        ctx = get_run_context()
    if isinstance(thread, threading.Thread) and ctx is not None:
        original_run = thread.run
        context = contextvars.copy_context()

        def run_with_ctx() -> None:
            context.run(original_run)

        thread.run = run_with_ctx  # type: ignore[method-assign]
    return thread
