"""Blocks: the containers of the app tree (root areas, st.container, st.columns...)."""

from __future__ import annotations

from typing import Literal, TypedDict, Union


class VerticalBlock(TypedDict):
    """A vertical stack: the main area, the sidebar, st.container, st.empty's parent..."""

    type: Literal["vertical"]
    border: bool
    # A fixed height in pixels makes the block scroll; None grows with its content.
    height: int | None
    key: str | None


class HorizontalBlock(TypedDict):
    """The row that st.columns creates; its children are ColumnBlocks."""

    type: Literal["horizontal"]
    gap: Literal["small", "medium", "large"]


class ColumnBlock(TypedDict):
    type: Literal["column"]
    weight: float
    gap: Literal["small", "medium", "large"]
    vertical_alignment: Literal["top", "center", "bottom"]


def _all_blocks() -> tuple[type, ...]:
    from appwasm.protocol.elements import FAMILY_BLOCKS

    return (VerticalBlock, HorizontalBlock, ColumnBlock, *FAMILY_BLOCKS)


# Core blocks plus those the element families add (tabs, expanders, forms...).
BlockNode = Union[_all_blocks()]  # type: ignore[valid-type]
