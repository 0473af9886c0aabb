"""The messages between the renderer (main thread) and the worker (Pyodide + runtime).

Every message has `type` (the discriminator) and `v` (PROTOCOL_VERSION): a renderer and a
worker from different builds refuse each other's messages with a clear error instead of
misreading them (a stale service-worker cache is the usual cause).
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict, Union

from appwasm.protocol import families
from appwasm.protocol.blocks import BlockNode
from appwasm.protocol.boot import BootConfig
from appwasm.protocol.elements import ElementNode

from appwasm.protocol import PROTOCOL_VERSION  # noqa: E402, F401  (re-exported)

# The boot stages, in order (shared/ARCHITECTURE.md). The renderer shows them as progress.
BootStage = Literal["page", "worker", "pyodide", "packages", "runtime", "first_run"]

RunStatus = Literal[
    "complete",  # the script ran to its end (an exception shown in place counts as complete)
    "rerun",  # st.rerun() or a new event stopped it; a new run follows at once
    "stopped",  # st.stop() or the user's Stop
    "compile_error",  # the script could not be compiled; the error is shown
]


# ---------------------------------------------------------------- main -> worker


class InitMessage(TypedDict):
    """Start the worker: boot Pyodide, install packages, run the app."""

    type: Literal["init"]
    v: int
    # Absolute URL of the site root (the page's folder); all BootConfig paths are relative to it.
    base_url: str
    config: BootConfig
    query_string: str
    # Where the page was opened (page path, cookies, request-like headers).
    client: NotRequired[families.ClientInfo]
    # When the page is cross-origin isolated: an Int32Array view over a SharedArrayBuffer.
    # [0] is Pyodide's interrupt signal (2 = SIGINT), [1] counts events sent while a run is busy.
    shared_flags: NotRequired[Any]


class WidgetEvent(TypedDict):
    id: str
    value: Any
    # A trigger (button click, form submit) is True for one run, then resets.
    trigger: NotRequired[bool]


class WidgetEventsMessage(TypedDict):
    """One or more widget values changed (several at once when a form is submitted)."""

    type: Literal["widget_events"]
    v: int
    # Increases with every event the renderer sends; runs report the last one they include.
    seq: int
    events: list[WidgetEvent]


class RerunRequestMessage(TypedDict):
    """Rerun the script with the current widget values (the R key, the menu)."""

    type: Literal["rerun"]
    v: int
    seq: int


class StopRequestMessage(TypedDict):
    """Stop the current run (the Stop button)."""

    type: Literal["stop"]
    v: int


class QueryStringMessage(TypedDict):
    """The page URL's query string changed (back/forward navigation)."""

    type: Literal["query_string"]
    v: int
    seq: int
    query_string: str


# Families add their messages in protocol/families.py (MAIN_TO_WORKER / WORKER_TO_MAIN lists).
MainToWorker = Union[  # type: ignore[valid-type]
    (InitMessage, WidgetEventsMessage, RerunRequestMessage, StopRequestMessage, QueryStringMessage,
     *families.MAIN_TO_WORKER)
]


# ---------------------------------------------------------------- worker -> main


class BootProgressMessage(TypedDict):
    type: Literal["boot_progress"]
    v: int
    stage: BootStage
    # Milliseconds since the worker started.
    elapsed_ms: float
    # What happened in the stage, e.g. "snapshot restored" for the pyodide stage.
    detail: NotRequired[str]


class BootFailedMessage(TypedDict):
    """The app cannot start (a package failed to load, the runtime failed to import...)."""

    type: Literal["boot_failed"]
    v: int
    stage: BootStage
    message: str
    detail: str


class RunStartedMessage(TypedDict):
    type: Literal["run_started"]
    v: int
    run_id: int
    # The seq of the last renderer event this run includes.
    event_seq: int
    # A fragment run: the paths of the fragments' containers, the only places it rewrites
    # (and prunes when it finishes). Absent for a run of the whole script.
    fragment_paths: NotRequired[list[list[int]]]


class ElementDelta(TypedDict):
    """Put an element at `path` (root index, then child indices), replacing what was there."""

    type: Literal["delta"]
    v: int
    run_id: int
    path: list[int]
    op: Literal["element"]
    node: ElementNode


class BlockDelta(TypedDict):
    """Put a block (container) at `path`; its old children stay until the run prunes them."""

    type: Literal["delta"]
    v: int
    run_id: int
    path: list[int]
    op: Literal["block"]
    node: BlockNode


class RunFinishedMessage(TypedDict):
    """The run ended. For "complete", "stopped" and "compile_error" the renderer removes every
    node this run did not produce; for "rerun" it keeps them until the next run ends."""

    type: Literal["run_finished"]
    v: int
    run_id: int
    status: RunStatus
    duration_ms: float


class PageConfigMessage(TypedDict):
    """st.set_page_config."""

    type: Literal["page_config"]
    v: int
    title: str | None
    icon: str | None
    layout: Literal["centered", "wide"] | None
    initial_sidebar_state: Literal["auto", "expanded", "collapsed"] | None


class ConsoleMessage(TypedDict):
    """What the script printed to stdout/stderr, forwarded to the browser console."""

    type: Literal["console"]
    v: int
    stream: Literal["stdout", "stderr"]
    text: str


WorkerToMain = Union[  # type: ignore[valid-type]
    (BootProgressMessage, BootFailedMessage, RunStartedMessage, ElementDelta, BlockDelta, RunFinishedMessage,
     PageConfigMessage, ConsoleMessage, *families.WORKER_TO_MAIN)
]
