"""Messages the feature families add to the protocol (beyond elements and blocks).

Each family appends its TypedDicts here, in its own section, e.g. the state family's
"set the page URL" message. Keep one section per family so parallel work does not collide.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict  # noqa: F401

MAIN_TO_WORKER: list[type] = []
WORKER_TO_MAIN: list[type] = []

# ---- state family (query params, navigation, page config) ----


class ClientInfo(TypedDict):
    """What the page tells the worker about where it was opened (InitMessage.client)."""

    # The URL path below the site root: "" for the root, "analysis" for <base>/analysis.
    page_path: str
    # Request-like headers a static page can know (Host, User-Agent, Accept-Language...).
    headers: list[list[str]]
    # document.cookie
    cookies: str


class NavigateMessage(TypedDict):
    """The user clicked a page in the navigation or an st.page_link: run that page."""

    type: Literal["navigate"]
    v: int
    seq: int
    page_script_hash: str


class LocationMessage(TypedDict):
    """The browser moved in its history (back/forward): the URL's page path and query now."""

    type: Literal["location"]
    v: int
    seq: int
    page_path: str
    query_string: str


class NavPage(TypedDict):
    page_script_hash: str
    title: str
    icon: str
    # Below the site root; "" for the default page.
    url_path: str
    section: str
    is_default: bool


class NavigationMessage(TypedDict):
    """The pages of a multipage app and the current one (shown at the top of the sidebar)."""

    type: Literal["navigation"]
    v: int
    pages: list[NavPage]
    sections: list[str]
    position: Literal["sidebar", "hidden"]
    expanded: bool
    current: str
    mpa_version: int


class PageUrlMessage(TypedDict):
    """Show this page path and query string in the address bar (no reload)."""

    type: Literal["page_url"]
    v: int
    url_path: str
    query_string: str
    history: Literal["push", "replace"]


class PageNotFoundMessage(TypedDict):
    """The URL named a page the app does not have; the default page runs instead."""

    type: Literal["page_not_found"]
    v: int
    page_name: str


MAIN_TO_WORKER += [NavigateMessage, LocationMessage]
WORKER_TO_MAIN += [NavigationMessage, PageUrlMessage, PageNotFoundMessage]

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

# ---- uploads family (file uploader, camera, microphone) ----

from appwasm.protocol.elements.uploads import UploadedFileRef  # noqa: E402


class UploadFileInfo(UploadedFileRef):
    """A file the user picked: its metadata (its bytes are an attachment of the message)."""

    # The browser's MIME type ("application/octet-stream" when it has none), as Streamlit gets it.
    type: str


class UploadFilesMessage(TypedDict):
    """Files to keep for the session, and files to forget (removed by the user).

    `attachments` holds one buffer per entry of `files`, in order: transferred ArrayBuffers on
    the renderer side, which the worker hands to Python as bytes (never base64 or JSON). The
    widget's new value follows in a widget_events message, so files reach the session first.
    """

    type: Literal["upload_files"]
    v: int
    seq: int
    files: list[UploadFileInfo]
    remove: list[str]
    attachments: NotRequired[list[Any]]


MAIN_TO_WORKER.append(UploadFilesMessage)

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
