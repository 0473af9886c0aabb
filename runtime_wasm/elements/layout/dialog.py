"""@st.dialog and @st.experimental_dialog: a function whose call opens a modal dialog.

The dialog is a block in the event root; its body is a fragment, so the widgets inside rerun
only the body. st.rerun() inside it reruns the whole app, which closes the dialog unless the
run calls the function again. Closing it in the renderer (Escape, the close button) sends
nothing, as in Streamlit.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Literal, TypeVar, overload

from appwasm.delta_generator import active_dg, dg_stack, event_dg
from appwasm.elements.layout.containers import check_nesting
from appwasm.elements.layout.fragment import deprecated_name_warning, make_fragment
from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context

F = TypeVar("F", bound=Callable[..., None])
DialogWidth = Literal["small", "large"]

_OPENED = "dialog_opened"


def _dialog_decorator(func: F, title: str, *, width: DialogWidth = "small", deprecation: str | None = None) -> F:
    if title is None or title == "":
        raise StreamlitAPIException(
            'A non-empty `title` argument has to be provided for dialogs, for example `@st.dialog("Example Title")`.'
        )

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        stack = dg_stack()
        if stack:
            check_nesting(stack[-1], "dialog")
        ctx = get_run_context()
        if ctx is not None:
            if ctx.scratch.get(_OPENED):
                raise StreamlitAPIException(
                    "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
                    "dialog-decorated function more than once in a script run."
                )
            ctx.scratch[_OPENED] = True
        # In the event root: a dialog called from the sidebar or a column is not part of it.
        dialog = event_dg._enqueue_block({
            "type": "dialog", "title": str(title), "width": "large" if width == "large" else "small",
            "dismissible": True,
        })

        def dialog_content() -> None:
            if deprecation:
                active_dg().warning(deprecation)
            func(*args, **kwargs)

        body = make_fragment(dialog_content, additional_hash_info=func.__qualname__)
        with dialog:
            body()

    return wrap  # type: ignore[return-value]


@overload
def dialog(title: str, *, width: DialogWidth = "small") -> Callable[[F], F]: ...


@overload
def dialog(title: F, *, width: DialogWidth = "small") -> F: ...


def dialog(title: F | str, *, width: DialogWidth = "small") -> F | Callable[[F], F]:
    """Decorate a function so that calling it opens a modal dialog with its output.

    `title` is the dialog's heading (required); `width` is "small" (500px) or "large"
    (750px). The body behaves as a fragment: its widgets rerun only the body. Call st.rerun()
    inside to close it and rerun the app. Only one dialog may be opened per run, and dialogs
    cannot be nested.

        @st.dialog("Cast your vote")
        def vote(item):
            reason = st.text_input("Because...")
            if st.button("Submit"):
                st.session_state.vote = {"item": item, "reason": reason}
                st.rerun()
    """
    if isinstance(title, str):
        return lambda f: _dialog_decorator(f, title, width=width)  # type: ignore[arg-type]
    return _dialog_decorator(title, "", width=width)


@overload
def experimental_dialog(title: str, *, width: DialogWidth = "small") -> Callable[[F], F]: ...


@overload
def experimental_dialog(title: F, *, width: DialogWidth = "small") -> F: ...


def experimental_dialog(title: F | str, *, width: DialogWidth = "small") -> F | Callable[[F], F]:
    """Deprecated alias of @st.dialog (it also shows Streamlit's deprecation warning)."""
    warning = deprecated_name_warning("experimental_dialog", "dialog")
    if isinstance(title, str):
        return lambda f: _dialog_decorator(f, title, width=width, deprecation=warning)  # type: ignore[arg-type]
    return _dialog_decorator(title, "", width=width, deprecation=warning)
