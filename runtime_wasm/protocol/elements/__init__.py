"""Element payloads: one TypedDict per element type, grouped by family.

An element is a leaf of the app tree (a heading, a slider...). Its `type` field is the
discriminator the renderer switches on. Each family module lists its TypedDicts in `NODES`
(and its containers in `BLOCKS`); the unions below gather them, so families never edit a
shared list.
"""

from typing import Union

from appwasm.protocol.elements import charts, data, display, inputs, layout, state, status, text, uploads, widgets
from appwasm.protocol.elements.status import AlertNode, ExceptionNode, TracebackFrame
from appwasm.protocol.elements.text import (
    CodeNode,
    DividerNode,
    EmptyNode,
    HeadingNode,
    JsonNode,
    MarkdownNode,
    TextNode,
)
from appwasm.protocol.elements.widgets import (
    ButtonNode,
    CheckboxNode,
    NumberInputNode,
    RadioNode,
    SelectboxNode,
    SliderNode,
    TextInputNode,
    WidgetBase,
)

FAMILIES = (text, status, widgets, display, inputs, uploads, layout, state, data, charts)

ElementNode = Union[tuple(node for family in FAMILIES for node in family.NODES)]  # type: ignore[valid-type]

FAMILY_BLOCKS: list[type] = [block for family in FAMILIES for block in getattr(family, "BLOCKS", [])]

__all__ = [
    "AlertNode", "ButtonNode", "CheckboxNode", "CodeNode", "DividerNode", "ElementNode", "EmptyNode",
    "ExceptionNode", "HeadingNode", "JsonNode", "MarkdownNode", "NumberInputNode", "RadioNode", "SelectboxNode",
    "SliderNode", "TextInputNode", "TextNode", "TracebackFrame", "WidgetBase",
]
