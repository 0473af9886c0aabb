"""`st.session_state`: a mapping with attribute access over the current session's state."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from appwasm.runner.context import get_run_context
from appwasm.state.session_state import SessionState

_DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"

# Outside a run (plain `python app.py`), the API keeps working against this state.
_bare_state = SessionState()


def current_session_state() -> SessionState:
    ctx = get_run_context()
    return ctx.session_state if ctx is not None else _bare_state


class SessionStateProxy(MutableMapping[str, Any]):
    """st.session_state: `st.session_state.x`, `st.session_state["x"]`, `in`, `del`, iteration.

    Widget values are mirrored under their `key`. A missing key raises KeyError (item access)
    or AttributeError (attribute access) with a hint to initialise it first.
    """

    def __getitem__(self, key: str) -> Any:
        try:
            return current_session_state()[key]
        except KeyError:
            raise KeyError(f'st.session_state has no key "{key}". Did you forget to initialize it? '
                           f"More info: {_DOCS}") from None

    def __setitem__(self, key: str, value: Any) -> None:
        current_session_state()[key] = value

    def __delitem__(self, key: str) -> None:
        try:
            del current_session_state()[key]
        except KeyError:
            raise KeyError(f'st.session_state has no key "{key}".') from None

    def __contains__(self, key: object) -> bool:
        return key in current_session_state()

    def __iter__(self) -> Iterator[str]:
        return iter(current_session_state().keys())

    def __len__(self) -> int:
        return len(current_session_state())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__") and key.endswith("__"):
            raise AttributeError(key)
        try:
            return current_session_state()[key]
        except KeyError:
            raise AttributeError(
                f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
                f"More info: {_DOCS}"
            ) from None

    def __setattr__(self, key: str, value: Any) -> None:
        current_session_state()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del current_session_state()[key]
        except KeyError:
            raise AttributeError(f'st.session_state has no attribute "{key}".') from None

    def to_dict(self) -> dict[str, Any]:
        return current_session_state().to_dict()

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def __str__(self) -> str:
        return str(self.to_dict())
