"""Text elements: headings, markdown, captions, plain text, code, dividers."""

from __future__ import annotations

from typing import Literal, TypedDict


class HeadingNode(TypedDict):
    """st.title / st.header / st.subheader. `body` is markdown."""

    type: Literal["heading"]
    level: Literal["title", "header", "subheader"]
    body: str
    # None: derive an anchor from the text; "": no anchor link (Streamlit's anchor=False).
    anchor: str | None
    help: str | None
    # "" for none, else a color name (st.header(divider=True) picks a rotating color).
    divider: str


class MarkdownNode(TypedDict):
    """st.markdown and st.caption (CommonMark, sanitised; raw HTML only with unsafe_allow_html)."""

    type: Literal["markdown"]
    body: str
    unsafe_allow_html: bool
    help: str | None
    # "latex": st.latex, whose body is "$$\n...\n$$".
    variant: Literal["normal", "caption", "latex"]


class TextNode(TypedDict):
    """st.text: preformatted, never interpreted."""

    type: Literal["text"]
    body: str
    help: str | None


class CodeNode(TypedDict):
    """st.code: highlighted source with a copy button."""

    type: Literal["code"]
    body: str
    language: str | None
    line_numbers: bool
    wrap_lines: bool


class DividerNode(TypedDict):
    type: Literal["divider"]


class JsonNode(TypedDict):
    """st.json: a collapsible, pretty-printed JSON tree. `body` is JSON text."""

    type: Literal["json"]
    body: str
    # True/False: all open/closed; an int: open to that depth.
    expanded: bool | int


class EmptyNode(TypedDict):
    """st.empty: an empty slot, kept so that later writes into it replace it in place."""

    type: Literal["empty"]


NODES: list[type] = [HeadingNode, MarkdownNode, TextNode, CodeNode, DividerNode, JsonNode, EmptyNode]
