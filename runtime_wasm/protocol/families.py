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

# ---- display family (toasts, balloons...) ----

# ---- inputs family (uploads...) ----

# ---- data family ----

# ---- charts family ----
