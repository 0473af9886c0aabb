"""Send each frame once per session, and tell the renderer when it may drop one.

Both sides follow one rule over the same ordered stream of messages:
- `send_frame` posts a FrameMessage (schema + buffers) unless the hash is already known to
  the renderer; either way the run marks the hash as used and the element refers to it;
- after a run that did not end in a rerun, the frames the run did not use are released
  (a FrameReleaseMessage): the renderer drops them, and they will be sent again if needed.
A run cut short by a rerun releases nothing, as the renderer keeps its elements until the
next complete run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from appwasm.frames.codec import EncodedFrame
from appwasm.protocol.frames import FrameRef
from appwasm.runner.context import ListSink, RunContext, get_run_context
from appwasm.runner.session import register_run_hook

FAMILY_KEY = "frames"


@dataclass
class SessionFrames:
    """What the renderer of one session holds (session.family_state["frames"])."""

    known: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)
    # Headless sessions (AppTest) keep a copy of every frame the renderer would hold, so the
    # element tree can read a frame sent in an earlier run.
    archive: dict[str, EncodedFrame] | None = None
    sent_count: int = 0


def session_frames(ctx: RunContext) -> SessionFrames:
    owner = ctx.session.family_state if ctx.session is not None else ctx.scratch
    state = owner.get(FAMILY_KEY)
    if state is None:
        state = owner[FAMILY_KEY] = SessionFrames(archive={} if isinstance(ctx.sink, ListSink) else None)
    return state


def frame_ref(frame: EncodedFrame) -> FrameRef:
    return {"hash": frame.hash, "num_rows": frame.num_rows}


def send_frame(frame: EncodedFrame) -> FrameRef:
    """Make `frame` available to the renderer (posting it only if it lacks it); return its ref."""
    ctx = get_run_context()
    ref = frame_ref(frame)
    if ctx is None:
        return ref
    state = session_frames(ctx)
    state.used.add(frame.hash)
    if frame.hash not in state.known:
        ctx.post({"type": "frame", "schema": frame.schema}, frame.buffers)
        state.known.add(frame.hash)
        state.sent_count += 1
        if state.archive is not None:
            state.archive[frame.hash] = EncodedFrame(frame.schema, [bytes(b) for b in frame.buffers], dict(frame.meta))
    return ref


def archived_frame(session: Any, hash_: str) -> EncodedFrame | None:
    """The frame with this hash, as a headless session's renderer would hold it."""
    state = session.family_state.get(FAMILY_KEY) if session is not None else None
    if state is None or state.archive is None:
        return None
    return state.archive.get(hash_)


class _ReleaseHook:
    def before_run(self, session: Any, ctx: RunContext) -> None:
        session_frames(ctx).used = set()

    def after_run(self, session: Any, ctx: RunContext, outcome: Any) -> None:
        state = session_frames(ctx)
        if outcome.status == "rerun":
            return
        released = state.known - state.used
        state.known = set(state.used)
        if released:
            ctx.post({"type": "frame_release", "hashes": sorted(released)})
            if state.archive is not None:
                for hash_ in released:
                    state.archive.pop(hash_, None)


register_run_hook(_ReleaseHook())
