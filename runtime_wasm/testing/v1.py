"""`streamlit.testing.v1`: AppTest under Streamlit's module name."""

from appwasm.testing.app_test import AppTest

__all__ = ["AppTest"]
