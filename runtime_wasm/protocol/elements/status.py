"""Alerts and exceptions."""

from __future__ import annotations

from typing import Literal, TypedDict


class AlertNode(TypedDict):
    """st.error / st.warning / st.info / st.success. `body` is markdown."""

    type: Literal["alert"]
    level: Literal["error", "warning", "info", "success"]
    body: str
    icon: str | None


class TracebackFrame(TypedDict):
    filename: str
    lineno: int
    name: str
    line: str
    # True for a frame in the user's own files (shown prominently), False for library frames.
    user_code: bool


class ExceptionNode(TypedDict):
    """st.exception and uncaught script errors: the user's traceback, their files first."""

    type: Literal["exception"]
    exc_type: str
    message: str
    # The message is markdown (StreamlitAPIException's are), as Streamlit's message_is_markdown.
    message_is_markdown: bool
    frames: list[TracebackFrame]
    # For a SyntaxError: the offending line and the caret column (1-based), else None.
    source_line: str | None
    caret: int | None
    is_warning: bool


NODES: list[type] = [AlertNode, ExceptionNode]
