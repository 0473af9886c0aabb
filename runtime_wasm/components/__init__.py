"""`streamlit.components`: custom components (v1)."""

from appwasm.components import v1

__all__ = ["v1"]
