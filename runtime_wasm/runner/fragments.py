"""Fragments: parts of a script that rerun on their own (@st.fragment, the body of @st.dialog).

Calling a fragment function during a run *declares* it: the call snapshots the run's cursors
and `with` stack, stores a closure under a deterministic id, and executes the closure at once
inside a fresh container. A *fragment run* executes only stored closures; each restores its
snapshot first, so its container lands at the same path as before and the renderer rewrites
(and prunes) only that block. The session decides when a run is a fragment run: every event
in the batch comes from a widget that a fragment created (or from a fragment's timer).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from appwasm.errors import StreamlitFragmentWidgetsNotAllowedOutsideError
from appwasm.runner.context import RunContext, get_run_context
from appwasm.runner.script_runner import RunOutcome, run_to_outcome


@dataclass
class StoredFragment:
    """A declared fragment: the closure that reruns it and where its container sits."""

    run: Callable[[], Any]
    # The path of the fragment's container, set each time the fragment executes, and the places
    # outside it that its last execution wrote (RunContext.fragment_outside_paths).
    path: tuple[int, ...] | None = None
    outside_paths: frozenset[tuple[int, ...]] = frozenset()


class FragmentStorage:
    """The fragments of one session, by id (kept from run to run)."""

    def __init__(self) -> None:
        self._fragments: dict[str, StoredFragment] = {}

    def set(self, fragment_id: str, fragment: StoredFragment) -> None:
        self._fragments[fragment_id] = fragment

    def get(self, fragment_id: str) -> StoredFragment | None:
        return self._fragments.get(fragment_id)

    def __contains__(self, fragment_id: object) -> bool:
        return fragment_id in self._fragments

    def clear(self, keep: Iterable[str] = ()) -> None:
        """Forget every fragment not in `keep` (after a complete run of the whole script)."""
        kept = set(keep)
        for fragment_id in [f for f in self._fragments if f not in kept]:
            del self._fragments[fragment_id]

    def paths(self, fragment_ids: Iterable[str]) -> list[tuple[int, ...]]:
        """The places a run of these fragments rewrites: their containers, and what they wrote
        outside them last time (outermost paths only, in order)."""
        paths: list[tuple[int, ...]] = []
        for fragment_id in fragment_ids:
            fragment = self._fragments.get(fragment_id)
            if fragment is not None and fragment.path is not None:
                paths += [fragment.path, *sorted(fragment.outside_paths)]
        return [p for p in dict.fromkeys(paths) if not any(q != p and p[: len(q)] == q for q in paths)]


def execute_fragments(storage: FragmentStorage, fragment_ids: Iterable[str]) -> RunOutcome:
    """The body of a fragment run: run each stored fragment in turn.

    A fragment's own exception is already shown inside it and does not stop the others, as
    in Streamlit; st.stop and st.rerun end the run.
    """

    def run_each() -> None:
        for fragment_id in fragment_ids:
            fragment = storage.get(fragment_id)
            if fragment is None:
                continue  # forgotten by a full run while its timer's request was on its way
            try:
                fragment.run()
            except Exception:  # noqa: BLE001 - shown in place by the fragment itself
                pass

    return run_to_outcome(run_each)


def check_widget_in_fragment(path: tuple[int, ...] | None, ctx: RunContext | None = None) -> None:
    """A widget created while a fragment executes must sit inside the fragment's container
    (its events rerun only the fragment), as Streamlit requires."""
    ctx = ctx or get_run_context()
    if ctx is None or ctx.current_fragment_id is None or ctx.current_fragment_path is None or path is None:
        return
    prefix = ctx.current_fragment_path
    if tuple(path[: len(prefix)]) != prefix:
        raise StreamlitFragmentWidgetsNotAllowedOutsideError()
