"""`appwasm.testing` (also importable as `streamlit.testing.v1`): the AppTest harness."""

from appwasm.testing.app_test import AppTest

__all__ = ["AppTest"]
