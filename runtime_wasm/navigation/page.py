"""st.Page: a page of a multipage app, from a Python file or a callable."""

from __future__ import annotations

import os
import types
from collections.abc import Callable
from pathlib import Path

from appwasm.elements._util import validate_icon
from appwasm.errors import StreamlitAPIException
from appwasm.navigation.pages import calc_md5, page_icon_and_name
from appwasm.runner.context import get_run_context


def main_script_path() -> str:
    """The entry script of the running app (the current folder's app.py outside a run)."""
    ctx = get_run_context()
    if ctx is not None and ctx.session is not None:
        return ctx.session.runner.script_path
    return os.path.join(ctx.app_root if ctx is not None else os.getcwd(), "app.py")


def Page(  # noqa: N802 - Streamlit's name
    page: str | Path | Callable[[], None],
    *,
    title: str | None = None,
    icon: str | None = None,
    url_path: str | None = None,
    default: bool = False,
) -> StreamlitPage:
    """Configure a page for st.navigation: a Python file (a path relative to the entry
    script) or a callable without arguments. `title` and `url_path` default to names
    inferred from the file or the callable; the default page is at the app's root URL.
    """
    return StreamlitPage(page, title=title, icon=icon, url_path=url_path, default=default)


class StreamlitPage:
    """A page of a multipage app (what st.Page returns and st.navigation selects).

    `title`, `icon` ("" when none) and `url_path` ("" for the default page) describe it;
    `run()` executes it, once, and only when st.navigation returned it.
    """

    def __init__(self, page: str | Path | Callable[[], None], *, title: str | None = None, icon: str | None = None,
                 url_path: str | None = None, default: bool = False):
        main_dir = Path(main_script_path()).parent
        if isinstance(page, str):
            page = Path(page)
        if isinstance(page, Path):
            page = (main_dir / page).resolve()
            if not page.is_file():
                raise StreamlitAPIException(f"Unable to create Page. The file `{page.name}` could not be found.")
        inferred_name = ""
        inferred_icon = ""
        if isinstance(page, Path):
            inferred_icon, inferred_name = page_icon_and_name(page)
        elif hasattr(page, "__name__"):
            inferred_name = str(page.__name__)
        elif title is None:
            raise StreamlitAPIException("Cannot infer page title for Callable. Set the `title=` keyword argument.")
        self._page: Path | Callable[[], None] = page
        self._title: str = title or inferred_name.replace("_", " ")
        self._icon: str = icon or inferred_icon
        if self._title.strip() == "":
            raise StreamlitAPIException("The title of the page cannot be empty or consist of underscores/spaces only")
        self._url_path: str = inferred_name
        if url_path is not None:
            if url_path.strip() == "" and not default:
                raise StreamlitAPIException(
                    "The URL path cannot be an empty string unless the page is the default page.")
            self._url_path = url_path.strip("/")
            if "/" in self._url_path:
                raise StreamlitAPIException("The URL path cannot contain a nested path (e.g. foo/bar).")
        if self._icon:
            validate_icon(self._icon)
        self._default: bool = default
        # st.navigation ordains the page it returns as runnable (once).
        self._can_be_called: bool = False

    @property
    def title(self) -> str:
        """The page's title (shown in the navigation and the browser tab)."""
        return self._title

    @property
    def icon(self) -> str:
        """The page's icon, "" when it has none."""
        return self._icon

    @property
    def url_path(self) -> str:
        """The page's path below the app's root URL ("" for the default page)."""
        return "" if self._default else self._url_path

    @property
    def _script_hash(self) -> str:
        return calc_md5(self._url_path)

    @property
    def _script_path(self) -> str:
        return str(self._page) if isinstance(self._page, Path) else ""

    def run(self) -> None:
        """Execute the page. Only the page st.navigation returned can run, once per run."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation can be called once."
            )
        self._can_be_called = False
        ctx = get_run_context()
        if ctx is None:
            return
        if callable(self._page):
            self._page()
            return
        code = ctx.session.runner.compile(str(self._page)) if ctx.session is not None else compile(
            self._page.read_text(encoding="utf-8"), str(self._page), "exec")
        # A page file runs as "__page__", so `if __name__ == "__main__"` stays the entry script's.
        module = types.ModuleType("__page__")
        module.__dict__["__file__"] = self._page
        from appwasm.elements.write import magic_write
        from appwasm.runner.magic import MAGIC_NAME

        module.__dict__[MAGIC_NAME] = magic_write
        exec(code, module.__dict__)

    def __repr__(self) -> str:
        return f"StreamlitPage(page={self._page!r}, title={self._title!r}, url_path={self.url_path!r})"
