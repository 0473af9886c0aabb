"""The spine's commands: text, alerts, write, the first widgets, control flow, session state."""

from appwasm.commands.execution import rerun, stop
from appwasm.delta_generator import DeltaGenerator
from appwasm.delta_generator import sidebar_dg as sidebar
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
from appwasm.state.proxy import SessionStateProxy

session_state = SessionStateProxy()

__all__ = [
    "DeltaGenerator", "button", "caption", "checkbox", "code", "divider", "empty", "error", "exception", "header",
    "info", "json", "markdown", "number_input", "radio", "rerun", "selectbox", "session_state", "sidebar", "slider",
    "stop", "subheader", "success", "text", "text_input", "title", "toggle", "warning", "write",
]
