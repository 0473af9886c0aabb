"""Frames: tabular data sent once as columnar binary buffers (shared by the data and charts families).

A frame's schema travels in a FrameMessage (protocol/families.py) together with its buffers;
elements refer to it by hash (FrameRef). appwasm.frames.codec documents the layout.
"""

from __future__ import annotations

from typing import Any, TypedDict


class ArrowType(TypedDict, total=False):
    """An Arrow logical type in Arrow's JSON form (e.g. {"name": "int", "bitWidth": 64, "isSigned": true})."""

    name: str
    bitWidth: int
    isSigned: bool
    precision: Any  # "HALF" | "SINGLE" | "DOUBLE" for floats; an int for decimals
    scale: int
    unit: str
    timezone: str | None


class FrameDictionary(TypedDict):
    indexType: ArrowType
    isOrdered: bool
    values: FrameColumnSchema


class FrameRange(TypedDict):
    start: int
    step: int


class FrameColumnSchema(TypedDict, total=False):
    """One column: Arrow type, length, null count and the indices of its buffers."""

    name: str
    role: str  # "index" | "data" | "display" | "style" | "dictionary" | "item"
    target: int
    type: ArrowType
    length: int
    null_count: int
    validity: int | None
    offsets: int | None
    data: int | None
    children: list[FrameColumnSchema]
    dictionary: FrameDictionary
    range: FrameRange


class FrameSchema(TypedDict, total=False):
    v: int
    hash: str
    num_rows: int
    columns: list[FrameColumnSchema]
    styles: list[dict[str, str]]


class FrameRef(TypedDict):
    """How an element names a frame the renderer holds (or receives just before)."""

    hash: str
    num_rows: int
