"""st.navigation and st.switch_page."""

from __future__ import annotations

from typing import Any, Literal, NoReturn

from appwasm.errors import NoSessionContext, StreamlitAPIException
from appwasm.navigation.location import sync_url
from appwasm.navigation.page import StreamlitPage, main_script_path
from appwasm.navigation.pages import PageInfo, resolve_page_path, v1_pages
from appwasm.navigation.state import PageIntent, nav_state, resolve
from appwasm.runner.context import get_run_context
from appwasm.runner.exceptions import RerunRequest, RerunRun


def post_navigation(ctx: Any, pages: list[PageInfo], sections: list[str], *, position: str, expanded: bool,
                    current: PageInfo, mpa_version: int) -> None:
    """Tell the renderer which pages there are and which one is shown (if that changed)."""
    from appwasm.config import get_option

    if not get_option("client.showSidebarNavigation"):
        position = "hidden"
    message = {"type": "navigation", "pages": [p.to_message() for p in pages], "sections": sections,
               "position": position, "expanded": bool(expanded), "current": current.page_script_hash,
               "mpa_version": mpa_version}
    state = nav_state(ctx.session)
    if message != state.last_message:
        state.last_message = message
        ctx.post(message)


def enter_page(ctx: Any, page: PageInfo, intent: PageIntent | None, not_found: bool) -> None:
    """Make `page` the current one; report a page the URL named that does not exist."""
    state = nav_state(ctx.session)
    state.current_hash = page.page_script_hash
    state.current_url_path = page.url_pathname
    if not_found and intent is not None:
        ctx.post({"type": "page_not_found", "page_name": intent.value})
    sync_url(ctx.session, ctx, push=bool(intent and intent.push))


def navigation(
    pages: list[StreamlitPage] | dict[str, list[StreamlitPage]],
    *,
    position: Literal["sidebar", "hidden"] = "sidebar",
    expanded: bool = False,
) -> StreamlitPage:
    """Configure the pages of a multipage app and return the current one (call `.run()` on it).

    `pages` is a list of st.Page, or a dict of section header -> list of st.Page. The
    navigation shows at the top of the sidebar (`position="hidden"` hides it; one page is
    never shown); `expanded=True` lists every page instead of collapsing a long list.
    """
    sections = {"": pages} if isinstance(pages, list) else pages
    page_list = [page for section in sections.values() for page in section]
    if not page_list:
        raise StreamlitAPIException("`st.navigation` must be called with at least one `st.Page`.")
    default_page: StreamlitPage | None = None
    infos: dict[str, PageInfo] = {}
    for header, section in sections.items():
        for page in section:
            if page._default:
                if default_page is not None:
                    raise StreamlitAPIException(
                        "Multiple Pages specified with `default=True`. At most one Page can be set to default.")
                default_page = page
            if page._script_hash in infos:
                raise StreamlitAPIException(
                    f"Multiple Pages specified with URL pathname {page.url_path}. URL pathnames must be unique. "
                    f"The url pathname may be inferred from the filename, callable name, or title.")
            infos[page._script_hash] = PageInfo(page._script_hash, page.title, page.icon, page._script_path,
                                                page.url_path, section=header)
    if default_page is None:
        default_page = page_list[0]
        default_page._default = True
        infos[default_page._script_hash].url_pathname = ""
    infos[default_page._script_hash].is_default = True
    ctx = get_run_context()
    if ctx is None or ctx.session is None:
        default_page._can_be_called = True
        return default_page
    state = nav_state(ctx.session)
    state.mpa_version = 2
    state.pages = infos
    found, intent, not_found = resolve(list(infos.values()), infos[default_page._script_hash], state)
    page = next(p for p in page_list if p._script_hash == found.page_script_hash)
    page._can_be_called = True
    post_navigation(ctx, list(infos.values()), list(sections.keys()), position=position, expanded=expanded,
                    current=found, mpa_version=2)
    enter_page(ctx, found, intent, not_found)
    return page


def app_pages(ctx: Any) -> list[PageInfo]:
    """The pages st.page_link and st.switch_page may name: v2's, else the pages/ folder's."""
    state = nav_state(ctx.session)
    if state.mpa_version == 2:
        return list(state.pages.values())
    return v1_pages(main_script_path())


def find_page_by_path(ctx: Any, page: str) -> PageInfo | None:
    requested = resolve_page_path(main_script_path(), page)
    return next((p for p in app_pages(ctx) if p.script_path == requested), None)


def switch_page(page: str | StreamlitPage) -> NoReturn:  # type: ignore[misc]
    """Stop this run and run another page of the app, as if the user had clicked it.

    `page` is an st.Page or a path relative to the entry script (the entry script itself or
    a file of pages/). The query parameters are cleared.
    """
    ctx = get_run_context()
    if ctx is None or ctx.session is None:
        raise NoSessionContext()
    if isinstance(page, StreamlitPage):
        page_hash = page._script_hash
    else:
        found = find_page_by_path(ctx, page)
        if found is None:
            import os

            directory = os.path.basename(os.path.dirname(main_script_path()))
            raise StreamlitAPIException(
                f"Could not find page: `{page}`. Must be the file path relative to the main script, from the "
                f"directory: `{directory}`. Only the main app file and files in the `pages/` directory are supported."
            )
        page_hash = found.page_script_hash
    from appwasm.state.query_params import current_query_params

    current_query_params().clear()
    nav_state(ctx.session).intent = PageIntent("hash", page_hash, push=True)
    raise RerunRun(RerunRequest(reason="switch_page", reset_triggers=True))
