"""AppTest support of the 'state' family: st.page_link elements, and the query params,
secrets and page switches that AppTest passes into a run (`at.query_params`, `at.secrets`,
`at.switch_page`)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any
from urllib import parse

from appwasm.testing.element_tree import Element, register_element_class

if TYPE_CHECKING:
    from appwasm.testing.app_test import AppTest


class PageLink(Element):
    """st.page_link: `value` is the label; `page` the target (a path below the root or a URL)."""

    type = "page_link"

    @property
    def value(self) -> str:
        return str(self.node.get("label", ""))

    @property
    def label(self) -> str:
        return self.value

    @property
    def page(self) -> str:
        return str(self.node.get("page", ""))

    @property
    def icon(self) -> str | None:
        return self.node.get("icon")

    @property
    def help(self) -> str | None:
        return self.node.get("help")

    @property
    def disabled(self) -> bool:
        return bool(self.node.get("disabled"))

    @property
    def external(self) -> bool:
        return bool(self.node.get("external"))


register_element_class("page_link", PageLink)


def before_run(at: AppTest) -> None:
    """Hand `at.query_params` and `at.secrets` to the session for the coming run."""
    from appwasm.navigation.state import nav_state
    from appwasm.runtime.secrets import OVERRIDE_KEY

    session = at._session
    session.query_string = parse.urlencode(at.query_params, doseq=True)
    # at.query_params plays the address bar: the app reads it, and writes to it.
    state = nav_state(session)
    state.browser = (state.browser[0], session.query_string)
    if at.secrets:
        session.family_state[OVERRIDE_KEY] = at.secrets


def after_run(at: AppTest) -> None:
    """`at.query_params` becomes the run's final query string (values as lists, as Streamlit's)."""
    from appwasm.runtime.secrets import OVERRIDE_KEY

    session = at._session
    at.query_params = parse.parse_qs(session.query_string)
    override = session.family_state.pop(OVERRIDE_KEY, None)
    if override is not None:
        at.secrets = dict(override)


def switch_page(at: AppTest, page_path: str) -> None:
    """Make the next run show the page at `page_path` (relative to the main script)."""
    from appwasm.navigation.state import PageIntent, nav_state

    full = os.path.join(os.path.dirname(at._script_path), page_path)
    if not os.path.isfile(full):
        raise ValueError(
            f"Unable to find script at {page_path}, make sure the page given is relative to the main script.")
    nav_state(at._session).intent = PageIntent("path", os.path.realpath(full))


def session_state_attribute_error(key: str) -> AttributeError:
    return AttributeError(f"{key} not found in session_state.")


__all__: list[Any] = ["PageLink"]
