"""Element payloads of the 'state' family (see elements/__init__.py)."""

from __future__ import annotations

from typing import Literal, TypedDict


class PageLinkNode(TypedDict):
    """st.page_link: a link to a page of the app (navigates in place) or an external URL."""

    type: Literal["page_link"]
    # The page's path below the site root ("" for the default page), or the external URL.
    page: str
    # The page to run when clicked ("" for an external link).
    page_script_hash: str
    label: str
    icon: str | None
    help: str | None
    disabled: bool
    use_container_width: bool | None
    external: bool


# The TypedDicts this family adds to ElementNode, and the blocks it adds to BlockNode.
NODES: list[type] = [PageLinkNode]
BLOCKS: list[type] = []
