"""`streamlit.version`."""

from appwasm._version import STREAMLIT_COMPAT_VERSION as STREAMLIT_VERSION_STRING

__all__ = ["STREAMLIT_VERSION_STRING"]
