"""st.chat_input and st.chat_message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import ROOT_MAIN, DeltaGenerator, bottom_dg, dg_command
from appwasm.elements.uploads.avatars import avatar_fields
from appwasm.elements.widgets.button import FORM_DOCS_INFO
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context

# What each chat input returned in the current run, by widget id (AppTest reads it back, as
# Streamlit's testing key does).
CHAT_VALUES = "uploads.chat_values"


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


@dg_command
def chat_input(
    dg: DeltaGenerator,
    placeholder: str = "Your message",
    *,
    key: str | int | None = None,
    max_chars: int | None = None,
    disabled: bool = False,
    on_submit: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> str | None:
    """Display a chat input. Returns the submitted text during the one run that follows a
    submission (after `on_submit(*args, **kwargs)`), and None in every other run.

    Called at the top level of the main area it is pinned to the bottom of the page; inside a
    container, a column, the sidebar... it stays where it was called. Enter sends, Shift+Enter
    adds a line. It cannot be used inside st.form, and its value cannot be set through
    st.session_state.

        if prompt := st.chat_input("Say something"):
            st.chat_message("user").write(prompt)
    """
    widget = Widget(dg, "chat_input", "", key=key, help=None, disabled=disabled, on_change=on_submit,
                    args=args, kwargs=kwargs)
    if dg.form_id:
        raise StreamlitAPIException(f"`st.chat_input()` can't be used in a `st.form()`.{FORM_DOCS_INFO}")
    registered = widget.register(
        default=None, identity_params={"placeholder": placeholder, "max_chars": max_chars}, trigger=True,
        settable_by_state=False, deserialize=_text_or_none,
    )
    # At the top level of the main area (also through st.empty) the input sits in the bottom bar.
    bottom = dg.root == ROOT_MAIN and dg._block_path == (ROOT_MAIN,)
    node = {
        "type": "chat_input", "id": widget.id, "placeholder": str(placeholder), "max_chars": max_chars,
        "disabled": bool(disabled), "form_id": "", "position": "bottom" if bottom else "inline",
    }
    (bottom_dg if bottom else dg)._enqueue_element(node)
    value = _text_or_none(registered.value)
    ctx = get_run_context()
    if ctx is not None and ctx.session is not None:
        ctx.session.family_state.setdefault(CHAT_VALUES, {})[widget.id] = value
    return value


@dg_command
def chat_message(
    dg: DeltaGenerator,
    name: Literal["user", "assistant", "ai", "human"] | str,
    *,
    avatar: Literal["user", "assistant"] | str | Any | None = None,
) -> DeltaGenerator:
    """Insert a chat message container; write into it with `with` or by calling its methods.

    `name` is the author: "user"/"human" and "assistant"/"ai" get the preset avatars, an emoji
    name becomes its avatar, any other name shows its first letter. `avatar` overrides it: an
    emoji, ":material/icon_name:", "user"/"assistant", or an image (URL, local path, bytes,
    file-like, PIL image, NumPy array).

        with st.chat_message("assistant"):
            st.write("Hello 👋")
    """
    if name is None:
        raise StreamlitAPIException(
            "The author name is required for a chat message, please set it via the parameter `name`."
        )
    fields, buffers = avatar_fields(str(name), avatar)
    return dg._enqueue_block({"type": "chat_message", "name": str(name), **fields}, kind="chat_message",
                             buffers=buffers)
