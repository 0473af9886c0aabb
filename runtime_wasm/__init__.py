"""appwasm: Streamlit's API, running in the browser on Pyodide.

    import appwasm as st          # or, unchanged: import streamlit as st

Every name here follows Streamlit's public API (names, parameters, defaults, return values,
rerun semantics). A Streamlit name appwasm does not implement yet shows a clear
"not supported yet" error where it is called, and the run goes on.
"""

from __future__ import annotations

from typing import Any

from appwasm._version import STREAMLIT_COMPAT_VERSION as _STREAMLIT_COMPAT_VERSION
from appwasm._version import __version__ as appwasm_version
from appwasm.commands.execution import rerun, stop
from appwasm.delta_generator import DeltaGenerator as _DeltaGenerator
from appwasm.delta_generator import sidebar_dg as _sidebar_dg
from appwasm.elements.alerts import error, exception, info, success, warning
from appwasm.elements.empty import empty
from appwasm.elements.text import caption, code, divider, header, markdown, subheader, text, title
from appwasm.elements.widgets.button import button
from appwasm.elements.widgets.checkbox import checkbox, toggle
from appwasm.elements.widgets.number_input import number_input
from appwasm.elements.widgets.selectbox import radio, selectbox
from appwasm.elements.widgets.slider import slider
from appwasm.elements.widgets.text_input import text_input
from appwasm.elements.write import json, write
from appwasm.state.proxy import SessionStateProxy as _SessionStateProxy

# Streamlit's version string: libraries check it (`st.__version__ >= "1.30"`).
__version__ = _STREAMLIT_COMPAT_VERSION

sidebar: _DeltaGenerator = _sidebar_dg
session_state = _SessionStateProxy()


def __getattr__(name: str) -> Any:
    from appwasm.unsupported import unsupported_command

    return unsupported_command(name, None)


__all__ = [
    "appwasm_version", "button", "caption", "checkbox", "code", "divider", "empty", "error", "exception", "header", "info",
    "json", "markdown", "number_input", "radio", "rerun", "selectbox", "session_state", "sidebar", "slider", "stop",
    "subheader", "success", "text", "text_input", "title", "toggle", "warning", "write",
]
