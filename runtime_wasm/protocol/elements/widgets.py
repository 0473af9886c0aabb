"""Input widgets. Each carries its widget id; its value travels in the wire format.

The wire value of a widget is what the renderer sends back in a WidgetEvent; the runtime
deserializes it into the Python value the script sees (e.g. an option index -> the option).
"""

from __future__ import annotations

from typing import Literal, TypedDict

LabelVisibility = Literal["visible", "hidden", "collapsed"]


class WidgetBase(TypedDict):
    id: str
    label: str
    help: str | None
    disabled: bool
    label_visibility: LabelVisibility
    # The id of the enclosing st.form, "" outside forms: the renderer holds form values until submit.
    form_id: str


class ButtonNode(WidgetBase):
    """st.button (a trigger: True for one run after a click)."""

    type: Literal["button"]
    kind: Literal["primary", "secondary", "tertiary"]
    icon: str | None
    use_container_width: bool


class CheckboxNode(WidgetBase):
    """st.checkbox and st.toggle."""

    type: Literal["checkbox"]
    value: bool
    style: Literal["checkbox", "toggle"]


class SliderNode(WidgetBase):
    """st.slider: one value or a range; numbers on the wire (dates as epoch values)."""

    type: Literal["slider"]
    value: list[float]
    min: float
    max: float
    step: float
    # A printf-style format (Streamlit's `format`), or None for the data type's default.
    format: str | None
    data_type: Literal["int", "float", "date", "time", "datetime"]


class TextInputNode(WidgetBase):
    """st.text_input."""

    type: Literal["text_input"]
    value: str | None
    max_chars: int | None
    input_type: Literal["default", "password"]
    autocomplete: str
    placeholder: str


class NumberInputNode(WidgetBase):
    """st.number_input; value None means empty."""

    type: Literal["number_input"]
    value: float | None
    min: float | None
    max: float | None
    step: float
    format: str | None
    data_type: Literal["int", "float"]
    placeholder: str


class SelectboxNode(WidgetBase):
    """st.selectbox: options are already formatted with format_func; the wire value is an index."""

    type: Literal["selectbox"]
    options: list[str]
    index: int | None
    placeholder: str
    # index=None: the user may clear the choice again.
    clearable: bool


class RadioNode(WidgetBase):
    """st.radio: the wire value is an index (or None)."""

    type: Literal["radio"]
    options: list[str]
    index: int | None
    horizontal: bool
    captions: list[str]


NODES: list[type] = [ButtonNode, CheckboxNode, SliderNode, TextInputNode, NumberInputNode, SelectboxNode, RadioNode]
