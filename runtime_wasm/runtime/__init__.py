"""`streamlit.runtime` (as `appwasm.runtime`): apps guard their body with `runtime.exists()`."""

from __future__ import annotations

from appwasm.runner.context import get_run_context


def exists() -> bool:
    """True inside a running app (in the browser or under AppTest), False in plain Python."""
    return get_run_context() is not None


def is_running() -> bool:
    return exists()
