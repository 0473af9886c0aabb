"""@st.fragment and @st.experimental_fragment.

A fragment function reruns on its own when one of its widgets changes (or every `run_every`):
see runner/fragments.py for the mechanism. Calling it during a run declares it (a snapshot of
where it was called) and executes it at once inside a fresh container.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar, overload

from appwasm.delta_generator import active_dg, dg_stack, main_dg, set_dg_stack
from appwasm.time_util import time_to_seconds
from appwasm.elements.layout.containers import container
from appwasm.errors import FragmentHandledException
from appwasm.runner.context import get_run_context
from appwasm.runner.fragments import StoredFragment
from appwasm.runner.session import AppSession, register_message_handler

F = TypeVar("F", bound=Callable[..., Any])
RunEvery = int | float | timedelta | str | None


def deprecated_name_warning(old: str, new: str) -> str:
    return f"Please replace `st.{old}` with `st.{new}`.\n\n`st.{old}` will be removed after 2025-01-01."


def make_fragment(
    func: Callable[..., Any],
    *,
    run_every: RunEvery = None,
    additional_hash_info: str = "",
    deprecation: str | None = None,
) -> Callable[..., Any]:
    """Wrap `func` so that calling it declares and runs a fragment (dialogs use this too)."""
    interval = time_to_seconds(run_every) if run_every else None

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = get_run_context()
        if ctx is None:
            return None  # outside a running app, as in Streamlit
        cursors_snapshot = dict(ctx.cursors)
        stack_snapshot = dg_stack()
        where = (stack_snapshot[-1] if stack_snapshot else main_dg).peek_path()
        # Deterministic: the same function called at the same place is the same fragment.
        fragment_id = hashlib.md5(
            f"{func.__module__}.{func.__qualname__}{list(where or [])}{additional_hash_info}".encode(),
            usedforsecurity=False,
        ).hexdigest()
        stored = StoredFragment(run=lambda: None)

        def wrapped_fragment() -> Any:
            ctx = get_run_context()
            assert ctx is not None
            if ctx.fragment_ids_this_run:
                # A fragment run: start where the fragment was declared.
                ctx.cursors = dict(cursors_snapshot)
                set_dg_stack(stack_snapshot)
            if deprecation:
                active_dg().warning(deprecation)
            ctx.new_fragment_ids.add(fragment_id)
            previous = (ctx.current_fragment_id, ctx.current_fragment_path, ctx.fragment_outside_paths)
            ctx.current_fragment_id = fragment_id
            outside: set[tuple[int, ...]] = set()
            try:
                with container() as box:
                    stored.path = ctx.current_fragment_path = box.block_path
                    ctx.fragment_outside_paths = outside
                    try:
                        return func(*args, **kwargs)
                    except Exception as exc:
                        # Shown inside the fragment, where it happened; the run ends quietly.
                        box.exception(exc)
                        raise FragmentHandledException(exc) from exc
            finally:
                stored.outside_paths = frozenset(outside)
                ctx.current_fragment_id, ctx.current_fragment_path, ctx.fragment_outside_paths = previous

        stored.run = wrapped_fragment
        if ctx.session is not None:
            ctx.session.fragments.set(fragment_id, stored)
        if interval:
            ctx.post({"type": "fragment_auto_rerun", "fragment_id": fragment_id, "interval_s": interval})
        return wrapped_fragment()

    return wrap


def _on_fragment_rerun(session: AppSession, message: dict[str, Any]) -> list[str] | bool:
    """A run_every timer fired: run that fragment (unless a full run forgot it meanwhile)."""
    fragment_id = message.get("fragment_id")
    return [fragment_id] if isinstance(fragment_id, str) and fragment_id in session.fragments else False


register_message_handler("fragment_rerun", _on_fragment_rerun)


@overload
def fragment(func: F, *, run_every: RunEvery = None) -> F: ...


@overload
def fragment(func: None = None, *, run_every: RunEvery = None) -> Callable[[F], F]: ...


def fragment(func: F | None = None, *, run_every: RunEvery = None) -> F | Callable[[F], F]:
    """Make a function a fragment: interacting with a widget it created reruns only the
    function, not the whole script; a full run reruns it too.

    `run_every` (seconds, a timedelta, or a string such as "10s") also reruns it periodically
    while the page is open. Inside a fragment, `st.rerun(scope="fragment")` reruns just it
    (during a fragment run). A fragment may not create widgets in containers outside itself.

        @st.fragment
        def counter():
            if st.button("+1"):
                st.session_state.n += 1
            st.write(st.session_state.n)
    """
    if func is None:
        return lambda f: fragment(f, run_every=run_every)  # type: ignore[return-value]
    return make_fragment(func, run_every=run_every)  # type: ignore[return-value]


@overload
def experimental_fragment(func: F, *, run_every: RunEvery = None) -> F: ...


@overload
def experimental_fragment(func: None = None, *, run_every: RunEvery = None) -> Callable[[F], F]: ...


def experimental_fragment(func: F | None = None, *, run_every: RunEvery = None) -> F | Callable[[F], F]:
    """Deprecated alias of @st.fragment (it also shows Streamlit's deprecation warning)."""
    if func is None:
        return lambda f: experimental_fragment(f, run_every=run_every)  # type: ignore[return-value]
    warning = deprecated_name_warning("experimental_fragment", "fragment")
    return make_fragment(func, run_every=run_every, deprecation=warning)  # type: ignore[return-value]
