"""The runtime's side of the web worker: bootstrap Python as a real, tested module.

shell/src/worker/boot.ts imports this module and calls `start_session(bridge, ...)`; each batch
of renderer messages then arrives as JSON text at `WorkerSession.handle_json`. The bridge is a
JavaScript object with `post(text, buffers)`, `pending()`, `stopRequested()`, `yieldNow()` and
`takeAttachment(n)` (the binary attachments of renderer messages, which the worker keeps aside
and names by number in the JSON).
"""

from __future__ import annotations

import json
import math
import os
import time
from typing import Any

from appwasm import alias
from appwasm.runner.session import AppSession

# With JSPI, yield to the browser's event loop at most this often while a script runs: often
# enough that a new event cuts a run short within a frame, rarely enough to cost nothing.
_YIELD_INTERVAL_S = 0.008


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def to_json(message: dict[str, Any]) -> str:
    """JSON text for a message; NaN and infinities (invalid JSON) become null."""
    try:
        return json.dumps(message, allow_nan=False, separators=(",", ":"), default=str)
    except ValueError:
        return json.dumps(_finite(message), separators=(",", ":"), default=str)


class BridgeSink:
    """Posts messages through the JavaScript bridge as JSON text (+ transferable buffers)."""

    def __init__(self, bridge: Any) -> None:
        self._bridge = bridge

    def post(self, message: dict[str, Any], buffers: list[bytes | memoryview] | None = None) -> None:
        text = to_json(message)
        if buffers:
            from pyodide.ffi import to_js  # only inside Pyodide

            # to_js copies each buffer out of the wasm heap once (no intermediate bytes copy).
            self._bridge.post(text, to_js([memoryview(b).cast("B") if memoryview(b).format != "B" else b for b in buffers]))
        else:
            self._bridge.post(text, None)


class BridgeInterrupts:
    """Asks the bridge whether an event or a Stop arrived while the script runs."""

    def __init__(self, bridge: Any, mode: str) -> None:
        self._bridge = bridge
        self._mode = mode
        self._last_yield = time.perf_counter()

    def _yield_to_event_loop(self) -> None:
        now = time.perf_counter()
        if now - self._last_yield < _YIELD_INTERVAL_S:
            return
        self._last_yield = now
        from pyodide.ffi import can_run_sync, run_sync

        if can_run_sync():
            run_sync(self._bridge.yieldNow())

    def event_pending(self) -> bool:
        if self._mode == "jspi":
            self._yield_to_event_loop()
        return bool(self._bridge.pending())

    def stop_requested(self) -> bool:
        return bool(self._bridge.stopRequested())


class WorkerSession:
    """One browser tab's session, driven by the worker."""

    def __init__(self, session: AppSession, bridge: Any = None) -> None:
        self.session = session
        self._bridge = bridge

    def handle_json(self, batch_json: str) -> None:
        """Apply a JSON array of renderer messages and run the script."""
        messages = json.loads(batch_json)
        for message in messages:
            self._take_attachments(message)
        try:
            self.session.handle_messages(messages)
        except KeyboardInterrupt:
            # The Stop button's interrupt landed outside the script: the run is over anyway.
            pass

    def _take_attachments(self, message: dict[str, Any]) -> None:
        """Replace the attachment numbers of a message by the bytes they stand for (the session
        sees `message["attachments"]` as a list of bytes, as AppTest hands it over)."""
        ids = message.get("attachments")
        if not ids or self._bridge is None:
            return
        taken = []
        for attachment_id in ids:
            buffer = self._bridge.takeAttachment(attachment_id)
            taken.append(b"" if buffer is None else buffer.to_bytes())
        message["attachments"] = taken


def start_session(bridge: Any, app_root: str, entry: str, query_string: str, interrupt_mode: str,
                  client_json: str = "{}") -> WorkerSession:
    """Create the session for the app at `app_root`/`entry`; the worker runs it next.

    `client_json` is the page's ClientInfo (protocol.families): its URL path, cookies and
    request-like headers, kept for st.context and the multipage navigation.
    """
    alias.install()
    os.chdir(app_root)
    session = AppSession(
        os.path.join(app_root, entry), BridgeSink(bridge), app_root=app_root,
        interrupts=BridgeInterrupts(bridge, interrupt_mode), query_string=query_string,
    )
    session.family_state["client"] = json.loads(client_json or "{}")
    return WorkerSession(session, bridge)
