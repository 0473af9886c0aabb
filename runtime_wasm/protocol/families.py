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

# ---- display family (toasts, balloons...) ----

# ---- inputs family (uploads...) ----

# ---- data family ----

from appwasm.protocol.frames import FrameSchema  # noqa: E402


class FrameMessage(TypedDict):
    """A frame's schema; its buffers travel beside the JSON. Sent once per session and hash."""

    type: Literal["frame"]
    v: int
    schema: FrameSchema


class FrameReleaseMessage(TypedDict):
    """The frames no element of the last complete run uses: the renderer may drop them."""

    type: Literal["frame_release"]
    v: int
    hashes: list[str]


WORKER_TO_MAIN += [FrameMessage, FrameReleaseMessage]

# ---- charts family ----
