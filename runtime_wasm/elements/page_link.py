"""st.page_link: a link to another page of the app, or to an external page."""

from __future__ import annotations

from textwrap import dedent

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements._util import validate_icon
from appwasm.errors import StreamlitMissingPageLabelError, StreamlitPageNotFoundError
from appwasm.navigation.page import StreamlitPage, main_script_path
from appwasm.runner.context import get_run_context


def _is_url(page: str) -> bool:
    from urllib.parse import urlparse

    try:
        parsed = urlparse(page)
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


@dg_command
def page_link(
    dg: DeltaGenerator,
    page: str | StreamlitPage,
    *,
    label: str | None = None,
    icon: str | None = None,
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
) -> DeltaGenerator:
    """Display a link to another page of the app (a path relative to the entry script, or
    an st.Page) or to an external URL. Clicking an app page runs it, as the navigation
    would; an external URL opens in a new tab (a `label` is then required)."""
    node = {
        "type": "page_link", "page": "", "page_script_hash": "", "label": label or "",
        "icon": validate_icon(icon) if icon is not None else None,
        "help": dedent(help) if help is not None else None, "disabled": bool(disabled),
        "use_container_width": use_container_width, "external": False,
    }
    if isinstance(page, StreamlitPage):
        node.update(page=page.url_path, page_script_hash=page._script_hash)
        if label is None:
            node["label"] = page.title
        return dg._enqueue_element(node)
    if _is_url(page):
        if not label:
            raise StreamlitMissingPageLabelError()
        node.update(page=page, external=True)
        return dg._enqueue_element(node)
    ctx = get_run_context()
    found = None
    is_mpa_v2 = False
    if ctx is not None and ctx.session is not None:
        from appwasm.commands.navigation import find_page_by_path
        from appwasm.navigation.state import nav_state

        found = find_page_by_path(ctx, page)
        is_mpa_v2 = nav_state(ctx.session).mpa_version == 2
    if found is None:
        import os

        raise StreamlitPageNotFoundError(page=page, main_script_directory=os.path.dirname(main_script_path()),
                                         is_mpa_v2=is_mpa_v2)
    node.update(page=found.url_pathname, page_script_hash=found.page_script_hash)
    if label is None:
        node["label"] = found.page_name.replace("_", " ")
    return dg._enqueue_element(node)
