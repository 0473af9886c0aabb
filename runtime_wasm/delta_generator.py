"""DeltaGenerator: a place in the app tree where the st API writes.

A DeltaGenerator is either a container (elements go at the next free index of its block) or an
element slot (what st.empty() and every element call return: a new call replaces the element
in that slot). The st API's commands are plain functions `command(dg, ...)`, registered on
this class by `dg_command` and exposed at module level as `st.<command>`, which writes into
the innermost `with` container (a ContextVar stack), as in Streamlit.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

from appwasm.runner.context import get_run_context

# The roots of the app tree: the main area, the sidebar, the event area (toasts and other
# transient elements), and the bottom bar (st.chat_input at the page's foot).
ROOT_MAIN = 0
ROOT_SIDEBAR = 1
ROOT_EVENT = 2
ROOT_BOTTOM = 3

F = TypeVar("F", bound=Callable[..., Any])


class DeltaGenerator:
    """Where the next element goes. Use `with dg:` to make it the target of `st.*` calls."""

    def __init__(
        self,
        block_path: tuple[int, ...],
        *,
        slot: tuple[int, ...] | None = None,
        form_id: str = "",
        kind: str = "container",
        ancestors: tuple[str, ...] = (),
    ) -> None:
        self._block_path = block_path
        self._slot = slot
        self._form_id = form_id
        self._kind = kind
        # The types of the blocks this one sits in, outermost first (nesting rules read them).
        self._ancestors = ancestors

    # ------------------------------------------------------------ writing

    def _next_path(self) -> tuple[int, ...] | None:
        """Where the next element goes; takes the slot (the block's cursor moves on)."""
        path = self.peek_path()
        ctx = get_run_context()
        if path is not None and ctx is not None and self._slot is None:
            ctx.next_index(self._block_path)
        return path

    def _enqueue_element(self, node: dict[str, Any], buffers: list[bytes | memoryview] | None = None) -> DeltaGenerator:
        """Post an element; return the slot it occupies (calling on it replaces the element)."""
        path = self._next_path()
        ctx = get_run_context()
        if path is None or ctx is None:
            return self  # bare mode: nothing is drawn
        ctx.enqueue(path, "element", node, buffers)
        return DeltaGenerator(path[:-1], slot=path, form_id=self._form_id, kind="element", ancestors=self._ancestors)

    def _enqueue_block(self, node: dict[str, Any], *, form_id: str | None = None, kind: str = "container",
                       buffers: list[bytes | memoryview] | None = None) -> DeltaGenerator:
        """Post a block (binary payloads, e.g. an avatar image, in `buffers`); return a container
        that writes into it."""
        path = self._next_path()
        ctx = get_run_context()
        child_form = self._form_id if form_id is None else form_id
        ancestors = self._ancestors + (str(node.get("type")),)
        if path is None or ctx is None:
            return DeltaGenerator(self._block_path, form_id=child_form, kind=kind, ancestors=ancestors)
        ctx.enqueue(path, "block", node, buffers)
        ctx.cursors[path] = 0  # a block written again (st.empty().container()) starts empty
        return DeltaGenerator(path, form_id=child_form, kind=kind, ancestors=ancestors)

    @property
    def form_id(self) -> str:
        return self._form_id

    @property
    def root(self) -> int:
        return (self._slot or self._block_path)[0]

    @property
    def block_path(self) -> tuple[int, ...]:
        """The path of the block this writes into (for an element slot: the slot's parent)."""
        return self._block_path

    @property
    def ancestor_block_types(self) -> tuple[str, ...]:
        """The types of the blocks around this place, outermost first ("column", "form"...)."""
        return self._ancestors

    def peek_path(self) -> tuple[int, ...] | None:
        """Where the next element would go, without taking the slot (None outside a run)."""
        ctx = get_run_context()
        if ctx is None:
            return None
        if self._slot is not None:
            return self._slot
        return self._block_path + (ctx.cursors.get(self._block_path, 0),)

    # ------------------------------------------------------------ `with`

    def __enter__(self) -> DeltaGenerator:
        _dg_stack.set(_dg_stack.get() + (self,))
        return self

    def __exit__(self, *exc: object) -> bool:
        _dg_stack.set(_dg_stack.get()[:-1])
        return False

    def __repr__(self) -> str:
        where = self._slot if self._slot is not None else self._block_path
        return f"DeltaGenerator({self._kind} at {list(where)})"

    def __getattr__(self, name: str) -> Any:
        # A command of a family not imported yet: importing it registers the method.
        from appwasm.api._index import FAMILY_OF

        family = FAMILY_OF.get(name)
        if family is not None and not name.startswith("_"):
            importlib.import_module(f"appwasm.api.{family}")
            method = type(self).__dict__.get(name)
            if method is not None:
                return method.__get__(self, type(self))
        from appwasm.unsupported import unsupported_command

        return unsupported_command(name, self)


_dg_stack: ContextVar[tuple[DeltaGenerator, ...]] = ContextVar("appwasm_dg_stack", default=())

main_dg = DeltaGenerator((ROOT_MAIN,), kind="main")
sidebar_dg = DeltaGenerator((ROOT_SIDEBAR,), kind="sidebar")
event_dg = DeltaGenerator((ROOT_EVENT,), kind="event")
bottom_dg = DeltaGenerator((ROOT_BOTTOM,), kind="bottom")


def active_dg() -> DeltaGenerator:
    """The container `st.*` writes into: the innermost `with` block, else the main area."""
    stack = _dg_stack.get()
    return stack[-1] if stack else main_dg


def reset_dg_stack() -> None:
    _dg_stack.set(())


def dg_stack() -> tuple[DeltaGenerator, ...]:
    """The `with` containers in effect, outermost first (a fragment snapshots them)."""
    return _dg_stack.get()


def set_dg_stack(stack: tuple[DeltaGenerator, ...]) -> None:
    """Restore a snapshot of the `with` stack (a fragment rerun starts where it was declared)."""
    _dg_stack.set(stack)


def dg_command(fn: F) -> F:
    """Register `fn(dg, ...)` as `DeltaGenerator.<name>`; return the module-level `st.<name>`."""
    setattr(DeltaGenerator, fn.__name__, fn)

    @functools.wraps(fn)
    def st_command(*args: Any, **kwargs: Any) -> Any:
        return fn(active_dg(), *args, **kwargs)

    signature = inspect.signature(fn)
    st_command.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=list(signature.parameters.values())[1:]
    )
    return st_command  # type: ignore[return-value]
