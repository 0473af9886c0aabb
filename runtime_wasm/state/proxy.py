"""`st.session_state`: a mapping with attribute access over the current session's state."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context
from appwasm.state.session_state import SessionState
from appwasm.state.widgets import WIDGET_ID_PREFIX, is_widget_id

_DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"

# Outside a run (plain `python app.py`), the API keeps working against this state.
_bare_state = SessionState()


def current_session_state() -> SessionState:
    ctx = get_run_context()
    return ctx.session_state if ctx is not None else _bare_state


def missing_key_message(key: str) -> str:
    return f'st.session_state has no key "{key}". Did you forget to initialize it? More info: {_DOCS}'


def missing_attr_message(key: str) -> str:
    return f'st.session_state has no attribute "{key}". Did you forget to initialize it? More info: {_DOCS}'


def require_valid_user_key(key: str) -> None:
    """Widget ids are the runtime's own keys: a script may not read or write them."""
    if is_widget_id(key):
        raise StreamlitAPIException(f"Keys beginning with {WIDGET_ID_PREFIX} are reserved.")


class SessionStateProxy(MutableMapping[str, Any]):
    """st.session_state: `st.session_state.x`, `st.session_state["x"]`, `in`, `del`, iteration,
    and everything a MutableMapping has (`get`, `update`, `setdefault`, `pop`, `clear`...).

    Keys are strings (`st.session_state[1]` is `st.session_state["1"]`). Widget values are
    mirrored under their `key`; keyless widgets are not visible here. A missing key raises
    KeyError (item access) or AttributeError (attribute access) with a hint to initialise it.
    """

    def __getitem__(self, key: Any) -> Any:
        key = str(key)
        require_valid_user_key(key)
        try:
            return current_session_state()[key]
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def __setitem__(self, key: Any, value: Any) -> None:
        key = str(key)
        require_valid_user_key(key)
        current_session_state()[key] = value

    def __delitem__(self, key: Any) -> None:
        key = str(key)
        require_valid_user_key(key)
        try:
            del current_session_state()[key]
        except KeyError:
            raise KeyError(missing_key_message(key)) from None

    def __contains__(self, key: object) -> bool:
        return str(key) in current_session_state()

    def __iter__(self) -> Iterator[str]:
        return iter(current_session_state().keys())

    def __len__(self) -> int:
        return len(current_session_state())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__") and key.endswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(missing_attr_message(key)) from None

    def to_dict(self) -> dict[str, Any]:
        """The user values and the values of keyed widgets, as a plain dict."""
        return current_session_state().to_dict()

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def __str__(self) -> str:
        return str(self.to_dict())
