"""Element payloads of the 'layout' family (see elements/__init__.py).

The layout family's containers: tabs, expanders, popovers, forms and dialogs. (st.container and
st.columns use the core VerticalBlock / HorizontalBlock / ColumnBlock of protocol/blocks.py.)
"""

from __future__ import annotations

from typing import Literal, TypedDict


class TabContainerBlock(TypedDict):
    """st.tabs: its children are TabBlocks; the renderer draws the tab list from their labels."""

    type: Literal["tab_container"]


class TabBlock(TypedDict):
    type: Literal["tab"]
    # Markdown (inline).
    label: str


class ExpanderBlock(TypedDict):
    """st.expander: `expanded` is the initial state; the user's toggling is kept by the renderer."""

    type: Literal["expander"]
    label: str
    expanded: bool
    icon: str | None


class PopoverBlock(TypedDict):
    """st.popover: a button that opens its children in a popup."""

    type: Literal["popover"]
    label: str
    help: str | None
    icon: str | None
    disabled: bool
    use_container_width: bool


class FormBlock(TypedDict):
    """st.form: the renderer holds the values of the widgets whose form_id is `form_id` until
    a submit button (a ButtonNode with that form_id) sends them together."""

    type: Literal["form"]
    form_id: str
    clear_on_submit: bool
    enter_to_submit: bool
    border: bool


class DialogBlock(TypedDict):
    """A modal dialog (@st.dialog), in the event root. A run that sends it opens it again."""

    type: Literal["dialog"]
    title: str
    width: Literal["small", "large"]
    dismissible: bool


# The TypedDicts this family adds to ElementNode, and the blocks it adds to BlockNode.
NODES: list[type] = []
BLOCKS: list[type] = [TabContainerBlock, TabBlock, ExpanderBlock, PopoverBlock, FormBlock, DialogBlock]
