"""Element payloads of the 'inputs' family (see elements/__init__.py).

Each widget carries its wire value: what the renderer shows and sends back in a WidgetEvent.
Options are labels already formatted by `format_func`; choices travel as option indices.
"""

from __future__ import annotations

from typing import Literal, TypedDict

from appwasm.protocol.elements.widgets import WidgetBase


class MultiselectNode(WidgetBase):
    """st.multiselect: the wire value is the list of selected option indices, in order."""

    type: Literal["multiselect"]
    options: list[str]
    value: list[int]
    # None: no limit.
    max_selections: int | None
    placeholder: str


class SelectSliderNode(WidgetBase):
    """st.select_slider: one option index, or two (a range)."""

    type: Literal["select_slider"]
    options: list[str]
    value: list[int]


class TextAreaNode(WidgetBase):
    """st.text_area: Ctrl/Cmd+Enter or leaving the field sends the text."""

    type: Literal["text_area"]
    value: str | None
    # Pixels; None: the default height.
    height: int | None
    max_chars: int | None
    placeholder: str


class DateInputNode(WidgetBase):
    """st.date_input: dates on the wire as "YYYY/MM/DD" strings; empty list = no date."""

    type: Literal["date_input"]
    value: list[str]
    is_range: bool
    min: str
    max: str
    # How dates are shown and typed: YYYY/MM/DD, DD/MM/YYYY or MM/DD/YYYY, separator / . or -.
    format: str
    # The widget started empty (value=None or []): the user may empty it again.
    clearable: bool


class TimeInputNode(WidgetBase):
    """st.time_input: "HH:MM" on the wire, None = no time."""

    type: Literal["time_input"]
    value: str | None
    # The spacing of the offered times, in seconds (60 s to 23 h).
    step: int
    # The widget started empty (value=None): the user may empty it again.
    clearable: bool


class ColorPickerNode(WidgetBase):
    """st.color_picker: a "#rgb" or "#rrggbb" string."""

    type: Literal["color_picker"]
    value: str


class ButtonGroupOption(TypedDict):
    """One button: markdown content, an optional icon (emoji or ":material/name:")."""

    content: str
    icon: str | None
    # The icon shown while selected (a filled star), else None.
    selected_icon: str | None
    # The accessible name when the button shows only an icon (st.feedback).
    aria_label: str | None


class ButtonGroupNode(WidgetBase):
    """st.feedback, st.pills, st.segmented_control: the wire value is the selected indices."""

    type: Literal["button_group"]
    options: list[ButtonGroupOption]
    value: list[int]
    selection_mode: Literal["single", "multi"]
    style: Literal["borderless", "pills", "segmented_control"]
    # "all_up_to_selected": stars light up to the chosen one.
    selection_visualization: Literal["only_selected", "all_up_to_selected"]
    feedback: Literal["thumbs", "faces", "stars"] | None


# The TypedDicts this family adds to ElementNode, and the blocks it adds to BlockNode.
NODES: list[type] = [
    MultiselectNode, SelectSliderNode, TextAreaNode, DateInputNode, TimeInputNode, ColorPickerNode, ButtonGroupNode,
]
BLOCKS: list[type] = []
