"""Status elements: st.progress, st.spinner, st.status, st.toast, st.balloons, st.snow."""

from __future__ import annotations

import contextlib
import math
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, active_dg, dg_command, event_dg
from appwasm.elements._util import clean_text, validate_icon
from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context

# Streamlit shows a spinner only when its block takes longer than this.
SPINNER_DELAY_MS = 500
_STATES = ("running", "complete", "error")


def _progress_value(value: Any) -> int:
    if isinstance(value, int):
        if 0 <= value <= 100:
            return value
        raise StreamlitAPIException("Progress Value has invalid value [0, 100]: %d" % value)
    if isinstance(value, float):
        close = math.isclose(value, 0.0, rel_tol=1e-9, abs_tol=1e-9) or math.isclose(value, 1.0, rel_tol=1e-9, abs_tol=1e-9)
        if 0.0 <= value <= 1.0 or close:
            return int(value * 100)
        raise StreamlitAPIException("Progress Value has invalid value [0.0, 1.0]: %f" % value)
    raise StreamlitAPIException("Progress Value has invalid type: %s" % type(value).__name__)


def _progress_text(text: Any) -> str | None:
    if text is None:
        return None
    if isinstance(text, str):
        return clean_text(text)
    raise StreamlitAPIException(
        f"Progress Text is of type {str(type(text))}, which is not an accepted type."
        "Text only accepts: str. Please convert the text to an accepted type."
    )


@dg_command
def progress(dg: DeltaGenerator, value: int | float, text: str | None = None) -> DeltaGenerator:
    """Display a progress bar. `value`: an int in 0..100 or a float in 0.0..1.0; `text`: markdown
    shown above the bar. Call `.progress(...)` on the returned element to move it::

        bar = st.progress(0, text="Working...")
        for i in range(100):
            time.sleep(0.05)
            bar.progress(i + 1, text="Working...")
    """
    node = {"type": "progress", "value": _progress_value(value), "text": _progress_text(text)}
    return dg._enqueue_element(node)


@contextlib.contextmanager
def spinner(text: str = "In progress...", *, _cache: bool = False) -> Iterator[None]:
    """Temporarily display a message while executing a block of code::

        with st.spinner("Wait for it..."):
            time.sleep(5)
        st.success("Done!")

    The message appears only if the block runs longer than half a second, and is removed
    when the block ends.
    """
    message = active_dg().empty()
    message._enqueue_element({"type": "spinner", "text": clean_text(text), "delay_ms": SPINNER_DELAY_MS,
                              "cache": bool(_cache)})
    try:
        yield
    finally:
        message.empty()


class StatusContainer(DeltaGenerator):
    """What st.status returns: a container (use `with`) whose label, state and expansion
    `update()` changes. Leaving the `with` block marks a running status complete (or error,
    when the block raised)."""

    def __init__(self, block_path: tuple[int, ...], node: dict[str, Any], form_id: str = "") -> None:
        super().__init__(block_path, form_id=form_id, kind="status")
        self._node = node

    def update(self, *, label: str | None = None, expanded: bool | None = None,
               state: Literal["running", "complete", "error"] | None = None) -> None:
        """Change the label, the expanded state or the state ("running", "complete", "error")
        of the status container. Arguments left as None keep their current value."""
        node = dict(self._node, expanded=None if expanded is None else bool(expanded))
        if label is not None:
            node["label"] = str(label)
        if state is not None:
            node["state"] = _validate_state(state)
        self._node = node
        ctx = get_run_context()
        if ctx is not None and self._block_path:
            ctx.enqueue(self._block_path, "block", node)

    def __enter__(self) -> StatusContainer:  # type: ignore[override]
        super().__enter__()
        return self

    def __exit__(self, typ: type[BaseException] | None, exc: BaseException | None, tb: Any) -> bool:  # type: ignore[override]
        if self._node["state"] == "running":
            self.update(state="error" if typ is not None else "complete")
        return super().__exit__(typ, exc, tb)


def _validate_state(state: Any) -> str:
    if state not in _STATES:
        raise StreamlitAPIException(f"Unknown state ({state}). Must be one of 'running', 'complete', or 'error'.")
    return str(state)


@dg_command
def status(dg: DeltaGenerator, label: str, *, expanded: bool = False,
           state: Literal["running", "complete", "error"] = "running") -> StatusContainer:
    """Insert a status container to display output from long-running tasks::

        with st.status("Downloading data...", expanded=True) as status:
            st.write("Searching for data...")
            time.sleep(2)
            status.update(label="Download complete!", state="complete", expanded=False)

    `label` is markdown; `state` sets the icon ("running": a spinner, "complete": a check
    mark, "error": an error mark).
    """
    from appwasm.elements.layout.containers import check_nesting

    node = {"type": "status", "label": str(label or ""), "expanded": bool(expanded), "state": _validate_state(state)}
    check_nesting(dg, "status")  # a status is an expander in Streamlit: not inside another
    container = dg._enqueue_block(node, kind="status")
    return StatusContainer(container._block_path, node, form_id=container.form_id)


def _toast_body(body: Any) -> str:
    if str(body) == "":
        raise StreamlitAPIException("Toast body cannot be blank - please provide a message.")
    return clean_text(body)


@dg_command
def toast(dg: DeltaGenerator, body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """Display a short message (a toast) in the app's bottom-right corner for four seconds.
    `body` is markdown; `icon` an emoji or `:material/name:`. Calling `.toast()` on the
    returned element updates the toast in place."""
    return dg._enqueue_element({"type": "toast", "body": _toast_body(body), "icon": validate_icon(icon)})


def _celebrate(dg: DeltaGenerator, kind: str) -> DeltaGenerator:
    return dg._enqueue_element({"type": kind, "nonce": uuid.uuid4().hex})


@dg_command
def balloons(dg: DeltaGenerator) -> DeltaGenerator:
    """Draw celebratory balloons (not for users who asked their system to reduce motion)."""
    return _celebrate(dg, "balloons")


@dg_command
def snow(dg: DeltaGenerator) -> DeltaGenerator:
    """Draw celebratory snowfall (not for users who asked their system to reduce motion)."""
    return _celebrate(dg, "snow")


def st_toast(body: Any, *, icon: str | None = None) -> DeltaGenerator:
    """Display a short message (a toast) in the app's bottom-right corner for four seconds.

    `body` is markdown (emoji shortcodes, colored text, links); `icon` an emoji or
    `:material/name:`. The toast goes to the page's event area whatever container is active.
    """
    return event_dg.toast(body, icon=icon)  # type: ignore[attr-defined, no-any-return]


st_toast.__name__ = st_toast.__qualname__ = "toast"
