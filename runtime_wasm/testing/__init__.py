"""`appwasm.testing` (also importable as `streamlit.testing.v1`): the AppTest harness."""

from appwasm.testing import (  # noqa: F401  (each registers its element classes)
    charts_elements,
    data_elements,
    display_elements,
    inputs_elements,
    layout_elements,
    state_elements,
    text_elements,
    uploads_elements,
)
from appwasm.testing.app_test import AppTest

__all__ = ["AppTest"]
