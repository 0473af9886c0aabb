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


class LogoMessage(TypedDict):
    """st.logo: the image at the top of the sidebar (and the page's top-left corner). A run
    that no longer calls st.logo is followed by a message with `image: None`."""

    type: Literal["logo"]
    v: int
    image: dict[str, Any] | None  # a display.MediaSource
    icon_image: dict[str, Any] | None  # a display.MediaSource, shown when the sidebar is closed
    link: str | None
    size: Literal["small", "medium", "large"]


WORKER_TO_MAIN.append(LogoMessage)

# ---- inputs family (uploads...) ----

# ---- data family ----

# ---- charts family ----
