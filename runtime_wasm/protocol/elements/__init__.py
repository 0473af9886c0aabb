"""Element payloads: one TypedDict per element type, grouped by family.

An element is a leaf of the app tree (a heading, a slider...). Its `type` field is the
discriminator the renderer switches on. Families add their TypedDicts to their own module
and to the ElementNode union below.
"""

from typing import Union

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

ElementNode = Union[
    HeadingNode,
    MarkdownNode,
    TextNode,
    CodeNode,
    DividerNode,
    JsonNode,
    EmptyNode,
    AlertNode,
    ExceptionNode,
    ButtonNode,
    CheckboxNode,
    SliderNode,
    TextInputNode,
    NumberInputNode,
    SelectboxNode,
    RadioNode,
]

__all__ = [
    "AlertNode",
    "ButtonNode",
    "CheckboxNode",
    "CodeNode",
    "DividerNode",
    "ElementNode",
    "EmptyNode",
    "ExceptionNode",
    "HeadingNode",
    "JsonNode",
    "MarkdownNode",
    "NumberInputNode",
    "RadioNode",
    "SelectboxNode",
    "SliderNode",
    "TextInputNode",
    "TextNode",
    "TracebackFrame",
    "WidgetBase",
]
