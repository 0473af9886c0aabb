"""Elements a cached function draws are drawn again when its result comes from the cache.

While the function runs, every delta it posts is recorded (the run context's delta
observers). On a cache hit the records are replayed through DeltaGenerators, so they land
where the function would have drawn them now: elements written to the container that was
active when the function was called go to the container active now; elements written to
st.sidebar go to the sidebar; elements written into blocks the function created go into the
replayed blocks. Writing into a block created outside the function cannot be replayed:
that raises Streamlit's CacheReplayClosureError.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from appwasm.delta_generator import ROOT_MAIN, ROOT_SIDEBAR, DeltaGenerator, active_dg, main_dg, sidebar_dg
from appwasm.runner.context import get_run_context
from appwasm.runtime.caching.cache_errors import CacheReplayClosureError, CacheType


@dataclass(frozen=True)
class RecordedDelta:
    path: tuple[int, ...]
    op: str
    node: dict[str, Any]
    buffers: tuple[bytes, ...] | None


@dataclass(frozen=True)
class Recording:
    """What a cached call drew, and the block that was the active container when it began."""

    origin: tuple[int, ...]
    deltas: tuple[RecordedDelta, ...]


@contextmanager
def recording() -> Iterator[list[RecordedDelta]]:
    """Record the deltas posted inside the block (nothing outside a run)."""
    records: list[RecordedDelta] = []
    ctx = get_run_context()
    if ctx is None:
        yield records
        return

    def observe(path: tuple[int, ...], op: str, node: dict[str, Any], buffers: Any) -> None:
        frozen = tuple(bytes(b) for b in buffers) if buffers else None
        records.append(RecordedDelta(tuple(path), op, node, frozen))

    ctx.delta_observers.append(observe)
    try:
        yield records
    finally:
        ctx.delta_observers.remove(observe)


def origin_block() -> tuple[int, ...]:
    """The block the active container writes into (recorded when a cached call begins)."""
    dg = active_dg()
    return dg._block_path


def replay(recorded: Recording, cache_type: CacheType, func: Any) -> None:
    """Draw a cached call's elements again, in the containers that correspond to them now."""
    if get_run_context() is None or not recorded.deltas:
        return
    blocks: dict[tuple[int, ...], DeltaGenerator] = {}
    slots: dict[tuple[int, ...], DeltaGenerator] = {}
    for delta in recorded.deltas:
        target = slots.get(delta.path)
        if target is None:
            parent = delta.path[:-1]
            target = blocks.get(parent)
            if target is None:
                if parent == recorded.origin:
                    target = active_dg()
                elif parent == (ROOT_MAIN,):
                    target = main_dg
                elif parent == (ROOT_SIDEBAR,):
                    target = sidebar_dg
                else:
                    raise CacheReplayClosureError(cache_type, func)
        buffers = list(delta.buffers) if delta.buffers else None
        if delta.op == "block":
            block = blocks[delta.path] = target._enqueue_block(delta.node)
            # A later delta at the same path replaces the block (st.empty().container()...).
            slots[delta.path] = DeltaGenerator(block._block_path[:-1], slot=block._block_path)
        else:
            slots[delta.path] = target._enqueue_element(delta.node, buffers)
