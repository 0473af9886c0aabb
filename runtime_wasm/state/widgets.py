"""Widget identity and the description a widget registers each run."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Widget ids start with this, so keyless ids are told apart from user keys in session state.
WIDGET_ID_PREFIX = "$$ID"


def compute_widget_id(kind: str, user_key: str | None, form_id: str = "", **params: Any) -> str:
    """A deterministic id from the widget's kind, its identity-defining parameters and its key.

    The same call in the next run gets the same id, so its value survives; changing the label,
    the options or the bounds makes it a new widget with its default value, as in Streamlit.
    Parameters are hashed through repr() of JSON-like values only: callers pass formatted
    option labels, never arbitrary objects whose repr holds a memory address.
    """
    digest = hashlib.md5(usedforsecurity=False)
    digest.update(kind.encode())
    digest.update(form_id.encode())
    for name in sorted(params):
        digest.update(name.encode())
        digest.update(repr(params[name]).encode())
    return f"{WIDGET_ID_PREFIX}-{digest.hexdigest()}-{user_key}"


def is_widget_id(key: str) -> bool:
    return key.startswith(WIDGET_ID_PREFIX)


def identity(value: Any) -> Any:
    return value


@dataclass
class WidgetSpec:
    """What a widget tells the session state each run (the widget pipeline's middle step).

    The wire value is what the renderer holds and sends back; the Python value is what the
    script gets. `deserialize` maps wire -> Python, `serialize` Python -> wire.
    """

    id: str
    kind: str
    key: str | None
    default: Any
    deserialize: Callable[[Any], Any] = identity
    serialize: Callable[[Any], Any] = identity
    on_change: Callable[..., Any] | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    # Triggers (buttons) are True for the one run after the event, then False again.
    trigger: bool = False
    # Triggers and uploads cannot have their value set through st.session_state.
    settable_by_state: bool = True
    form_id: str = ""
    # Re-derive the Python value from the wire value at each run with this run's deserializer,
    # as Streamlit does with the renderer's values: options the script creates anew each run
    # (Enum classes, objects without __eq__) stay valid after a rerun, and file objects (which a
    # script reads and may close) are fresh in every run.
    value_from_wire: bool = False
    # The fragment that created the widget ("" outside fragments): its events rerun only that fragment.
    fragment_id: str = ""


@dataclass
class RegisteredValue:
    """What register_widget returns to the widget function."""

    value: Any
    wire: Any
    # The value came from st.session_state (set by the script), not from the renderer.
    set_by_state: bool
