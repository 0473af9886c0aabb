"""Element payloads of the 'uploads' family (see elements/__init__.py)."""

from __future__ import annotations

from typing import Literal, TypedDict  # noqa: F401

# The TypedDicts this family adds to ElementNode, and the blocks it adds to BlockNode.
NODES: list[type] = []
BLOCKS: list[type] = []
