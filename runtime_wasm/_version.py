"""The appwasm version, read by pyproject (dynamic version) and shown by `appwasm --version`."""

__version__ = "0.1.0"

# The Streamlit release line whose public API appwasm implements (shared/STREAMLIT_API.md).
STREAMLIT_COMPAT_VERSION = "1.40.0"
