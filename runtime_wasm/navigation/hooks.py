"""The state family's part in every run, and the renderer messages it handles.

Before a run: st.query_params is re-read from the session's query string, and an app with a
pages/ folder (v1) picks the page file to run and shows its navigation. After a complete run:
a page the URL asked for that no st.navigation call served is reported as not found, and the
URL goes back to the app's root.
"""

from __future__ import annotations

from typing import Any

from appwasm.navigation.location import sync_url
from appwasm.navigation.pages import has_pages_dir, v1_pages
from appwasm.navigation.state import PageIntent, nav_state, resolve
from appwasm.runner.session import register_message_handler, register_run_hook


class _StateRunHook:
    def before_run(self, session: Any, ctx: Any) -> None:
        from appwasm.commands.navigation import enter_page, post_navigation
        from appwasm.state.query_params import current_query_params

        current_query_params().load(session.query_string)
        state = nav_state(session)
        main = session.runner.script_path
        if state.mpa_version != 1 or not has_pages_dir(main):
            return
        pages = v1_pages(main)
        page, intent, not_found = resolve(pages, pages[0], state)
        if page.script_path != pages[0].script_path:
            ctx.script_path = page.script_path
        post_navigation(ctx, pages, [""], position="sidebar", expanded=False, current=page, mpa_version=1)
        enter_page(ctx, page, intent, not_found)

    def after_run(self, session: Any, ctx: Any, outcome: Any) -> None:
        state = nav_state(session)
        if state.intent is None or outcome.status != "complete" or outcome.error is not None:
            return
        intent = state.take_intent()
        if intent is not None and intent.kind == "name" and intent.value:
            ctx.post({"type": "page_not_found", "page_name": intent.value})
            state.current_url_path = ""
            sync_url(session, ctx, push=False)


def _on_navigate(session: Any, message: dict[str, Any]) -> bool:
    """A click on a page in the navigation or on st.page_link: go there, without query params."""
    nav_state(session).intent = PageIntent("hash", str(message.get("page_script_hash", "")), push=True)
    session.query_string = ""
    return True


def _on_location(session: Any, message: dict[str, Any]) -> bool:
    """The browser moved in its history (back/forward): show the page and query it now has."""
    state = nav_state(session)
    session.query_string = str(message.get("query_string", ""))
    path = str(message.get("page_path", ""))
    state.browser = (path, session.query_string)
    state.intent = PageIntent("name", path)
    return True


register_run_hook(_StateRunHook())
register_message_handler("navigate", _on_navigate)
register_message_handler("location", _on_location)
