"""AppTest: run an app headlessly on CPython, with `streamlit.testing.v1.AppTest`'s surface.

The same runtime that runs in the browser runs here; only the sink differs (a list instead of
postMessage). `at.run()` applies the queued widget values the way the renderer would send
them, runs the script, and rebuilds the element tree from the deltas of that run.

    at = AppTest.from_file("app.py").run()
    at.slider[0].set_value(3).run()
    assert at.markdown[0].value == "..."
"""

from __future__ import annotations

import inspect
import os
import tempfile
import textwrap
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from appwasm.alias import streamlit_alias
from appwasm.protocol import PROTOCOL_VERSION
from appwasm.runner.context import ListSink
from appwasm.runner.session import AppSession
from appwasm.state.session_state import SessionState
from appwasm.testing import state_elements
from appwasm.testing.element_tree import _ACCESSOR_TYPES, WIDGET_TYPES, Block, ElementList, WidgetList, wrap

ROOT_NAMES = {0: "main", 1: "sidebar", 2: "event", 3: "bottom"}


class _Interrupts:
    """Lets run(timeout=...) stop a script that runs too long, at its next delta."""

    def __init__(self) -> None:
        self.stop = False

    def event_pending(self) -> bool:
        return False

    def stop_requested(self) -> bool:
        return self.stop


class AppTest:
    """A simulated app session: run the script, inspect the elements, drive the widgets."""

    def __init__(self, script_path: str, *, default_timeout: float = 3, args: Any = None, kwargs: Any = None) -> None:
        self._script_path = os.path.abspath(script_path)
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        self._sink = ListSink()
        self._interrupts = _Interrupts()
        # Streamlit's AppTest reruns the whole script for every interaction, fragments included.
        # Nor does it clear a submitted clear_on_submit form (Streamlit's browser does that).
        self._session = AppSession(self._script_path, self._sink, interrupts=self._interrupts, fragment_reruns=False,
                                   clear_submitted_forms=False)
        self._pending: dict[str, Any] = {}
        self._triggers: set[str] = set()
        # Renderer messages (other than widget values) the next run sends first, e.g. the files
        # a test puts in st.file_uploader, with their bytes in "attachments" as the worker
        # hands them over.
        self._outbox: list[dict[str, Any]] = []
        self._seq = 0
        self._roots: dict[int, Block] = {}
        # Binary payloads seen so far, by content hash (a rerun sends only the hash of bytes
        # the renderer already has; see elements/display/_media.py).
        self._media: dict[str, bytes] = {}
        self.query_params: dict[str, Any] = {}
        self.secrets: dict[str, Any] = {}
        self._ran = False

    # ------------------------------------------------------------ construction

    @classmethod
    def from_file(cls, script_path: str, *, default_timeout: float = 3) -> AppTest:
        """An AppTest for the script at `script_path` (relative paths: from the calling file)."""
        if not os.path.isabs(script_path):
            caller = inspect.stack()[1].filename
            candidate = os.path.join(os.path.dirname(os.path.abspath(caller)), script_path)
            if os.path.exists(candidate):
                script_path = candidate
        return cls(script_path, default_timeout=default_timeout)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """An AppTest for the script text `script`."""
        folder = tempfile.mkdtemp(prefix="appwasm-apptest-")
        path = os.path.join(folder, "app.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(textwrap.dedent(script))
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3, args: Any = None,
                      kwargs: Any = None) -> AppTest:
        """An AppTest for the body of `script` (a function), called with `args`/`kwargs`."""
        source = textwrap.dedent(inspect.getsource(script))
        call_args = ", ".join([*(repr(a) for a in (args or ())), *(f"{k}={v!r}" for k, v in (kwargs or {}).items())])
        at = cls.from_string(f"{source}\n{script.__name__}({call_args})\n", default_timeout=default_timeout)
        at.args, at.kwargs = args, kwargs
        return at

    # ------------------------------------------------------------ running

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Send the queued widget values, run the script, and rebuild the element tree."""
        timeout = self.default_timeout if timeout is None else timeout
        messages: list[dict[str, Any]] = []
        for message in self._outbox:
            self._seq += 1
            messages.append({**message, "v": PROTOCOL_VERSION, "seq": self._seq})
        self._outbox = []
        if self._pending:
            self._seq += 1
            events = [{"id": wid, "value": value, **({"trigger": True} if wid in self._triggers else {})}
                      for wid, value in self._pending.items()]
            messages.append({"type": "widget_events", "v": PROTOCOL_VERSION, "seq": self._seq, "events": events})
        else:
            self._seq += 1
            messages.append({"type": "rerun", "v": PROTOCOL_VERSION, "seq": self._seq})
        self._pending = {}
        self._triggers = set()
        self._sink.messages.clear()
        self._interrupts.stop = False
        state_elements.before_run(self)
        error: list[BaseException] = []

        def target() -> None:
            try:
                with streamlit_alias():
                    self._session.handle_messages(messages)
            except BaseException as exc:  # surfaced in the calling thread
                error.append(exc)

        thread = threading.Thread(target=target, name="appwasm-apptest", daemon=True)
        thread.start()
        thread.join(timeout)
        if thread.is_alive():
            self._interrupts.stop = True
            thread.join(1.0)
            raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        state_elements.after_run(self)
        if error:
            raise error[0]
        self._ran = True
        self._rebuild()
        return self

    def switch_page(self, page_path: str) -> AppTest:
        """Show another page at the next run (`page_path` is relative to the main script,
        e.g. "pages/my_page.py"). Does not run the app: call `run()` next."""
        state_elements.switch_page(self, page_path)
        return self

    def _remember_media(self, value: Any, buffers: list[Any]) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("hash"), str) and isinstance(value.get("buffer"), int):
                self._media[value["hash"]] = bytes(buffers[value["buffer"]])
            for item in value.values():
                self._remember_media(item, buffers)
        elif isinstance(value, list):
            for item in value:
                self._remember_media(item, buffers)

    def _media_bytes(self, digest: str) -> bytes | None:
        return self._media.get(digest)

    def _rebuild(self) -> None:
        """Apply this batch's runs to the tree, as the renderer would: a run of the whole script
        starts from nothing, a fragment run rewrites only its fragments' containers."""
        for message in self._sink.messages:
            if message.get("_buffers"):
                self._remember_media(message, message["_buffers"])
        roots = self._roots
        fresh = False
        for message in self._sink.messages:
            kind = message.get("type")
            if kind == "run_started":
                if "fragment_paths" in message and roots:
                    for path in message["fragment_paths"]:
                        parent = _find(roots, tuple(path[:-1]))
                        if parent is not None:
                            parent.children.pop(path[-1], None)  # what the run does not rewrite goes
                elif not fresh:
                    roots = {index: Block({"type": "vertical"}, self, (index,)) for index in ROOT_NAMES}
                    # Streamlit's AppTest builds one tree from all the runs of `at.run()`: after
                    # st.rerun(), what the first run drew past the second one's end stays.
                    fresh = True
            elif kind == "delta" and roots:
                self._apply_delta(roots, message)
        self._roots = roots

    def _apply_delta(self, roots: dict[int, Block], message: dict[str, Any]) -> None:
        path = tuple(message["path"])
        parent = roots.setdefault(path[0], Block({"type": "vertical"}, self, path[:1]))
        for index in path[1:-1]:
            child = parent.children.get(index)
            if not isinstance(child, Block):
                child = Block(None, self, path)
                parent.children[index] = child
            parent = child
        if message["op"] == "block":
            existing = parent.children.get(path[-1])
            block = _make_block(message["node"], self, path)
            if isinstance(existing, Block) and existing.node.get("type") == message["node"].get("type"):
                block.children = existing.children
            parent.children[path[-1]] = block
        else:
            node = message["node"]
            if message.get("_buffers"):  # binary payloads of the delta, as the renderer gets them
                node = dict(node, _buffers=message["_buffers"])
            parent.children[path[-1]] = wrap(node, self, path)

    # ------------------------------------------------------------ inspection

    @property
    def session_state_raw(self) -> SessionState:
        return self._session.session_state

    @property
    def session_state(self) -> SessionState:
        """The session state: item and attribute access, as `st.session_state` in the app."""
        return _SessionStateView(self._session.session_state)  # type: ignore[return-value]

    @property
    def main(self) -> Block:
        return self._roots.get(0) or Block(None, self, (0,))

    @property
    def sidebar(self) -> Block:
        return self._roots.get(1) or Block(None, self, (1,))

    def _tree(self) -> Iterator[Any]:
        for index in sorted(self._roots):
            yield from self._roots[index]

    def get(self, element_type: str) -> Sequence[Any]:
        return [node for node in self._tree() if node.type == element_type]

    def __len__(self) -> int:
        return sum(1 for _ in self._tree())

    def __iter__(self) -> Iterator[Any]:
        return self._tree()

    def __getitem__(self, index: int) -> Any:
        return list(self._tree())[index]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        element_type = _ACCESSOR_TYPES.get(name)
        if element_type is None:
            raise AttributeError(f"'AppTest' object has no attribute '{name}'")
        nodes = self.get(element_type)
        return (WidgetList if element_type in WIDGET_TYPES else ElementList)(nodes)

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The protocol messages of the last run (what the renderer would have received)."""
        return list(self._sink.messages)

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"


class _SessionStateView:
    """at.session_state: the app's session state, readable and writable between runs."""

    def __init__(self, state: SessionState) -> None:
        object.__setattr__(self, "_state", state)

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __contains__(self, key: object) -> bool:
        return key in self._state

    def __getattr__(self, key: str) -> Any:
        try:
            return self._state[key]
        except KeyError:
            raise state_elements.session_state_attribute_error(key) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __iter__(self) -> Iterator[str]:
        return iter(self._state)

    def __len__(self) -> int:
        return len(self._state)

    def to_dict(self) -> dict[str, Any]:
        return self._state.to_dict()

    def __repr__(self) -> str:
        return repr(self._state.to_dict())


def _find(roots: dict[int, Block], path: tuple[int, ...]) -> Block | None:
    node: Any = roots.get(path[0])
    for index in path[1:]:
        node = node.children.get(index) if isinstance(node, Block) else None
    return node if isinstance(node, Block) else None


def _make_block(node: dict[str, Any], root: AppTest, path: tuple[int, ...]) -> Block:
    from appwasm.testing.element_tree import BLOCK_CLASSES

    cls = BLOCK_CLASSES.get(str(node.get("type")), Block)
    for_node = getattr(cls, "for_node", None)  # a class may pick a subclass for some payloads
    return (for_node(node) if for_node else cls)(node, root, path)


__all__ = ["AppTest", "ElementList", "WidgetList"]
