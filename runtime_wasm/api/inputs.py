"""Public st commands of the 'inputs' family (the spine's first widgets are in api/core.py)."""

from appwasm.elements.widgets.button_group import feedback, pills, segmented_control
from appwasm.elements.widgets.color_picker import color_picker
from appwasm.elements.widgets.multiselect import multiselect
from appwasm.elements.widgets.select_slider import select_slider
from appwasm.elements.widgets.text_input import text_area
from appwasm.elements.widgets.time_widgets import date_input, time_input

__all__: list[str] = [
    "color_picker", "date_input", "feedback", "multiselect", "pills", "segmented_control", "select_slider",
    "text_area", "time_input",
]
