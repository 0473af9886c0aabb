"""Bytes for the renderer: media references, content hashes, mimetypes and time values.

A MediaRef names bytes by a hash. The first time a session shows some bytes they travel as a
transferable buffer beside the delta; a later run that shows the same bytes again (while the
renderer still holds them: it keeps what the last few runs used) sends only the hash.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import mimetypes
import os
import re
from typing import Any

from appwasm.errors import StreamlitAPIException, StreamlitBadTimeStringError
from appwasm.runner.context import get_run_context
from appwasm.time_util import time_to_seconds

_STATE_KEY = "display.media_sent"
# The renderer keeps the bytes of the runs (current run id - 3) and later; a hash that was
# last sent or shown by the previous run is surely still there.
_REUSE_WITHIN_RUNS = 1


class MediaBuffers:
    """Gathers the buffers of one delta and builds MediaRefs that point into them."""

    def __init__(self) -> None:
        self.buffers: list[bytes] = []

    def ref(self, data: bytes, mimetype: str) -> dict[str, Any]:
        digest = hashlib.sha1(mimetype.encode() + b"\0" + data).hexdigest()
        ctx = get_run_context()
        sent: dict[str, int] | None = None
        if ctx is not None and ctx.session is not None:
            sent = ctx.session.family_state.setdefault(_STATE_KEY, {})
        buffer: int | None = None
        if sent is None or sent.get(digest, -10) < ctx.run_id - _REUSE_WITHIN_RUNS:  # type: ignore[union-attr]
            buffer = len(self.buffers)
            self.buffers.append(bytes(data))
        if sent is not None:
            sent[digest] = ctx.run_id  # type: ignore[union-attr]
            if len(sent) > 512:  # forget what no recent run used
                oldest = sorted(sent, key=sent.__getitem__)[: len(sent) - 256]
                for key in oldest:
                    del sent[key]
        return {"hash": digest, "mimetype": mimetype, "buffer": buffer}


def is_url(value: Any, schemes: tuple[str, ...] = ("http", "https", "data")) -> bool:
    """A string that is a URL of one of `schemes` (Streamlit's url_util.is_url)."""
    if not isinstance(value, str):
        return False
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", value.strip())
    if not match or match.group(1).lower() not in schemes:
        return False
    return match.group(1).lower() == "data" or value.strip()[len(match.group(0)):].startswith("//")


def read_bytes(data: Any) -> bytes | None:
    """Bytes from bytes, bytearray, memoryview, BytesIO or a binary file object."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    if isinstance(data, io.BytesIO):
        return data.getvalue()
    if isinstance(data, (io.RawIOBase, io.BufferedReader)) or hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        content = data.read()
        return content.encode() if isinstance(content, str) else content
    return None


def resolve_path(path: str | os.PathLike[str]) -> str:
    """A file path relative to the app's folder (where relative paths resolve in the browser too)."""
    path = os.fspath(path)
    if os.path.isabs(path):
        return path
    ctx = get_run_context()
    root = ctx.app_root if ctx is not None else "."
    candidate = os.path.join(root, path)
    return candidate if os.path.exists(candidate) else path


def guess_mimetype(path: str, default: str) -> str:
    guessed, _ = mimetypes.guess_type(path)
    return guessed or default


# ------------------------------------------------------------------- times (audio and video)

TIMEDELTA_PARSE_ERROR_MESSAGE = (
    "Failed to convert '{param_name}' to a timedelta. "
    "Please use a string in a format supported by "
    "[Pandas Timedelta constructor]"
    "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {param_value}'
)

def _parse_duration(text: str) -> float:
    """Seconds in "10s", "15 seconds", "1h23s", "2 min" (pandas.Timedelta's strings; a bare number
    in a string needs a unit, as in pandas). ValueError otherwise."""
    if re.fullmatch(r"\s*[0-9]*\.?[0-9]+\s*", text):
        raise ValueError(text)
    try:
        return time_to_seconds(text)
    except StreamlitBadTimeStringError:
        raise ValueError(text) from None


def _to_seconds(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, str):
        return _parse_duration(value)
    raise ValueError(value)


def parse_start_end(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    """Streamlit's start_time/end_time: ints, floats, timedeltas or duration strings -> seconds."""
    try:
        start = _to_seconds(start_time)
        if start is None:
            raise ValueError(start_time)
    except (ValueError, StreamlitAPIException):
        raise StreamlitAPIException(
            TIMEDELTA_PARSE_ERROR_MESSAGE.format(param_name="start_time", param_value=start_time)) from None
    try:
        end = _to_seconds(end_time)
    except (ValueError, StreamlitAPIException):
        raise StreamlitAPIException(
            TIMEDELTA_PARSE_ERROR_MESSAGE.format(param_name="end_time", param_value=end_time)) from None
    return int(start), (int(end) if end is not None else None)
