"""A session's navigation: the current page, the page asked for next, what the URL shows.

A page is asked for by hash (a click in the navigation, st.page_link, st.switch_page,
AppTest.switch_page) or by name (the URL's path: a deep link, the back button). Until it is
served, the intent stays; a normal rerun stays on the current page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from appwasm.navigation.pages import PageInfo

_FAMILY_KEY = "navigation"


@dataclass
class PageIntent:
    kind: str  # "hash", "name" or "path" (a script path: AppTest.switch_page)
    value: str
    # A user's navigation (click, switch_page): the new page gets a browser history entry.
    push: bool = False


@dataclass
class NavState:
    mpa_version: int = 1
    # The pages of the last st.navigation call (v2), by hash.
    pages: dict[str, PageInfo] = field(default_factory=dict)
    current_hash: str = ""
    current_url_path: str = ""
    intent: PageIntent | None = None
    # What the browser's address bar shows: (path below the site root, query string).
    browser: tuple[str, str] = ("", "")
    # The last navigation message sent, to send it again only when it changes.
    last_message: dict[str, Any] | None = None

    def take_intent(self) -> PageIntent | None:
        intent, self.intent = self.intent, None
        return intent


def nav_state(session: Any) -> NavState:
    """The session's NavState; created from the URL the page was opened with."""
    def from_the_url() -> NavState:
        client = session.family_state.get("client") or {}
        page_path = str(client.get("page_path", ""))
        state = NavState(browser=(page_path, session.query_string))
        if page_path:
            state.intent = PageIntent("name", page_path)
        return state

    return session.family(_FAMILY_KEY, from_the_url)


def resolve(pages: list[PageInfo], default: PageInfo, state: NavState) -> tuple[PageInfo, PageIntent | None, bool]:
    """The page to run: (page, the intent it served, whether a named page was not found)."""
    intent = state.take_intent()
    by_hash = {p.page_script_hash: p for p in pages}
    if intent is None:
        return by_hash.get(state.current_hash, default), None, False
    if intent.kind == "hash":
        return by_hash.get(intent.value, default), intent, False
    if intent.kind == "path":
        return next((p for p in pages if p.script_path == intent.value), default), intent, False
    if intent.value == "":
        return default, intent, False
    found = next((p for p in pages if p.url_pathname == intent.value), None)
    return (found or default), intent, found is None
