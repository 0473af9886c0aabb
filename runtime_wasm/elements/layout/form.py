"""st.form and st.form_submit_button.

The renderer holds the values of a form's widgets until a submit button sends them, together
with its click, in one widget_events message. clear_on_submit is applied here: in the run that
handles the submission the script sees the submitted values while the renderer is sent the
defaults, which later runs then return.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements._util import validate_icon
from appwasm.elements.widgets._common import CLEARING_FORMS, Widget
from appwasm.elements.widgets.button import FORM_DOCS_INFO
from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context

_FORM_IDS = "form_ids"


def _duplicate_form_message(key: str) -> str:
    return (
        f"There are multiple identical forms with `key='{key}'`.\n\n"
        "To fix this, please make sure that the `key` argument is unique for\neach `st.form` you create."
    )


@dg_command
def form(
    dg: DeltaGenerator,
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
) -> DeltaGenerator:
    """Create a form: its widgets send their values only when a form_submit_button is pressed.

    `key` identifies the form (unique in the app). `clear_on_submit` puts the widgets back to
    their defaults after a submission; `enter_to_submit` lets Enter in a text or number input
    submit the form; `border` frames it. Forms cannot be nested; inside a form only
    st.form_submit_button may have a callback, and st.button is not allowed.
    """
    if dg.form_id:
        raise StreamlitAPIException("Forms cannot be nested in other forms.")
    form_id = str(key)
    ctx = get_run_context()
    if ctx is not None:
        seen = ctx.scratch.setdefault(_FORM_IDS, set())
        if form_id in seen:
            raise StreamlitAPIException(_duplicate_form_message(form_id))
        seen.add(form_id)
        if clear_on_submit and ctx.session_state.form_submitted(form_id):
            ctx.scratch.setdefault(CLEARING_FORMS, set()).add(form_id)
    node = {
        "type": "form", "form_id": form_id, "clear_on_submit": bool(clear_on_submit),
        "enter_to_submit": bool(enter_to_submit), "border": bool(border),
    }
    return dg._enqueue_block(node, form_id=form_id, kind="form")


@dg_command
def form_submit_button(
    dg: DeltaGenerator,
    label: str = "Submit",
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: Literal["primary", "secondary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> bool:
    """Display a form's submit button. Returns True in the run that follows its click, when
    the form's widget values arrive together; `on_click(*args, **kwargs)` runs first.

    Must be inside st.form. Its key is `FormSubmitter:<form key>-<label>`, as in Streamlit.
    """
    if type not in ("primary", "secondary"):
        raise StreamlitAPIException(
            f'The type argument to st.button must be "primary" or "secondary". \nThe argument passed was "{type}".'
        )
    form_id = dg.form_id
    widget = Widget(dg, "button", label, key=f"FormSubmitter:{form_id}-{label}", help=help, disabled=disabled,
                    on_change=on_click, args=args, kwargs=kwargs, check_form_callback=False)
    if not form_id and get_run_context() is not None:
        raise StreamlitAPIException(f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}")
    registered = widget.register(
        default=False, trigger=True, settable_by_state=False,
        identity_params={"help": help, "icon": icon, "is_form_submitter": True, "type": type,
                         "use_container_width": use_container_width},
    )
    widget.enqueue("button", kind=type, icon=validate_icon(icon), use_container_width=bool(use_container_width))
    return bool(registered.value)
