"""The run context: the one object the st API talks to during a run.

`st.slider(...)` never touches a transport. It asks the current RunContext (a ContextVar) to
enqueue a delta and to register a widget; the context forwards deltas to its sink, which is
the worker's postMessage, a test's list, or nothing outside a run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from appwasm.protocol import PROTOCOL_VERSION
from appwasm.runner.exceptions import RerunRequest, RerunRun, StopRun

if TYPE_CHECKING:
    from appwasm.state.session_state import SessionState


class DeltaSink(Protocol):
    """Where a run's messages go: `post(message, buffers)`; buffers are transferable bytes."""

    def post(self, message: dict[str, Any], buffers: list[bytes | memoryview] | None = None) -> None: ...


class InterruptSource(Protocol):
    """How a run learns, between two deltas, that the user wants something else."""

    def event_pending(self) -> bool:
        """A new renderer event is waiting: stop this run and rerun with it."""
        ...

    def stop_requested(self) -> bool:
        """The user pressed Stop."""
        ...


class NoInterrupts:
    """For AppTest and the prerenderer: nothing can arrive during a run."""

    def event_pending(self) -> bool:
        return False

    def stop_requested(self) -> bool:
        return False


class ListSink:
    """Collects messages in memory (tests and the headless harness)."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []

    def post(self, message: dict[str, Any], buffers: list[bytes | memoryview] | None = None) -> None:
        if buffers:
            message = dict(message, _buffers=list(buffers))
        self.messages.append(message)


@dataclass
class RunContext:
    """State of one run of the script; created by the session, read by the st API."""

    run_id: int
    sink: DeltaSink
    session_state: SessionState
    interrupts: InterruptSource = field(default_factory=NoInterrupts)
    # The app's root folder (where the entry script lives): relative paths resolve from here.
    app_root: str = "."
    # Next free child index of each block, by block path.
    cursors: dict[tuple[int, ...], int] = field(default_factory=dict)
    # Deltas posted so far (the renderer prunes what a finished run did not touch).
    delta_count: int = 0
    page_config_set: bool = False
    started_at: float = field(default_factory=time.perf_counter)
    # Anything a command wants to keep for the length of a run (e.g. the header divider colors).
    scratch: dict[str, Any] = field(default_factory=dict)
    # The AppSession running this run (None in bare contexts); families keep session-scoped
    # state in `session.family_state`.
    session: Any = None
    # The script this run executes; None: the entry script. A family's before_run hook may
    # pick another one (multipage apps with a pages/ folder run the page's own file).
    script_path: str | None = None
    # delta_count when the script itself started (deltas of callbacks come before it).
    script_start_delta: int = 0
    # Called with (path, op, node, buffers) after each delta is posted (e.g. a cached
    # function records what it draws, to draw it again when its result comes from the cache).
    delta_observers: list[Callable[..., None]] = field(default_factory=list)
    # Fragments (runner/fragments.py): the fragments this run executes (empty: the whole
    # script), the one executing now and the path of its container, and the ids of the
    # fragments this run declared (a complete full run forgets the others).
    fragment_ids_this_run: tuple[str, ...] = ()
    current_fragment_id: str | None = None
    current_fragment_path: tuple[int, ...] | None = None
    new_fragment_ids: set[str] = field(default_factory=set)
    # Where the executing fragment wrote outside its container (a placeholder, a dialog): its
    # next run rewrites those places too, so what it no longer writes there disappears.
    fragment_outside_paths: set[tuple[int, ...]] | None = None

    @property
    def session_id(self) -> str:
        """The id of the session this run belongs to (Streamlit's ScriptRunContext.session_id)."""
        return str(getattr(self.session, "session_id", ""))

    def next_index(self, block_path: tuple[int, ...]) -> int:
        index = self.cursors.get(block_path, 0)
        self.cursors[block_path] = index + 1
        return index

    def check_interrupt(self) -> None:
        """Called before every delta: end the run if the user asked for something else."""
        if self.interrupts.stop_requested():
            raise StopRun()
        if self.interrupts.event_pending():
            raise RerunRun(RerunRequest(reason="event", reset_triggers=False))

    def enqueue(self, path: tuple[int, ...], op: str, node: dict[str, Any],
                buffers: list[bytes | memoryview] | None = None) -> None:
        """Post a delta. Binary payloads go in `buffers` (transferred, never base64); the
        renderer finds them on the node as `node.buffers` (the node refers to them by index)."""
        self.check_interrupt()
        self.delta_count += 1
        inside = self.current_fragment_path
        if inside is not None and self.fragment_outside_paths is not None and path[: len(inside)] != inside:
            self.fragment_outside_paths.add(path)
        self.sink.post(
            {"type": "delta", "v": PROTOCOL_VERSION, "run_id": self.run_id, "path": list(path), "op": op, "node": node},
            buffers,
        )
        for observer in self.delta_observers:
            observer(path, op, node, buffers)

    def post(self, message: dict[str, Any], buffers: list[bytes | memoryview] | None = None) -> None:
        """Post a non-delta message (page config, toasts...) tagged with the protocol version."""
        self.sink.post(dict(message, v=PROTOCOL_VERSION), buffers)


_current: ContextVar[RunContext | None] = ContextVar("appwasm_run_context", default=None)


def get_run_context() -> RunContext | None:
    """The context of the run in progress, or None outside a run (bare `python app.py`)."""
    return _current.get()


def run_with_context(ctx: RunContext, fn: Callable[[], Any]) -> Any:
    token = _current.set(ctx)
    try:
        return fn()
    finally:
        _current.reset(token)
