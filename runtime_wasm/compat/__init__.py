"""Modules that stand in for `streamlit.<submodule>` under the names real apps import."""
