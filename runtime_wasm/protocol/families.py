"""Messages the feature families add to the protocol (beyond elements and blocks).

Each family appends its TypedDicts here, in its own section, e.g. the state family's
"set the page URL" message. Keep one section per family so parallel work does not collide.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict  # noqa: F401

MAIN_TO_WORKER: list[type] = []
WORKER_TO_MAIN: list[type] = []

# ---- state family (query params, navigation, page config) ----

# ---- layout family (forms, fragments, dialogs) ----


class FragmentAutoRerunMessage(TypedDict):
    """A fragment declared with run_every: until the next run of the whole script, the renderer
    asks for a run of it every `interval_s` seconds."""

    type: Literal["fragment_auto_rerun"]
    v: int
    fragment_id: str
    interval_s: float


class FragmentRerunMessage(TypedDict):
    """Run this fragment (its run_every timer fired)."""

    type: Literal["fragment_rerun"]
    v: int
    seq: int
    fragment_id: str


WORKER_TO_MAIN.append(FragmentAutoRerunMessage)
MAIN_TO_WORKER.append(FragmentRerunMessage)

# ---- display family (toasts, balloons...) ----

# ---- inputs family (uploads...) ----

# ---- data family ----

# ---- charts family ----
