"""st.button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements._util import validate_icon
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException

_BUTTON_TYPES = ("primary", "secondary", "tertiary")

# Appended to Streamlit's form errors.
FORM_DOCS_INFO = """

For more information, refer to the
[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).
"""


def check_button_type(type: str, command: str = "button") -> str:
    """Streamlit's button types, with its error naming the command (st.button, st.download_button...)."""
    if type not in _BUTTON_TYPES:
        raise StreamlitAPIException(
            f'The type argument to st.{command} must be "primary", "secondary", or "tertiary". \n'
            f'The argument passed was "{type}".'
        )
    return type


@dg_command
def button(
    dg: DeltaGenerator,
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> bool:
    """Display a button. Returns True during the one run that follows its click.

    `on_click(*args, **kwargs)` runs before that run. Buttons cannot live inside st.form (use
    st.form_submit_button there), and their value cannot be set through st.session_state.
    """
    if dg.form_id:
        raise StreamlitAPIException(f"`st.button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}")
    widget = Widget(dg, "button", label, key=key, help=help, disabled=disabled, on_change=on_click,
                    args=args, kwargs=kwargs)
    kind = check_button_type(type)
    icon = validate_icon(icon)
    registered = widget.register(
        default=False, trigger=True, settable_by_state=False,
        identity_params={"help": help, "icon": icon, "type": kind, "use_container_width": bool(use_container_width)})
    widget.enqueue("button", kind=kind, icon=icon, use_container_width=bool(use_container_width))
    return bool(registered.value)
