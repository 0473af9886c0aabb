"""Keeping the page URL in step with the app: the worker says, the renderer writes history."""

from __future__ import annotations

from typing import Any

from appwasm.navigation.state import nav_state


def show_url(session: Any, ctx: Any, *, push: bool) -> None:
    """Make the address bar show the current page and query string (pushState when `push`)."""
    state = nav_state(session)
    target = (state.current_url_path, session.query_string)
    state.browser = target
    ctx.post({"type": "page_url", "url_path": target[0], "query_string": target[1],
              "history": "push" if push else "replace"})


def sync_url(session: Any, ctx: Any, *, push: bool) -> None:
    """show_url, only if the address bar does not show it already."""
    state = nav_state(session)
    if state.browser != (state.current_url_path, session.query_string):
        show_url(session, ctx, push=push)
