"""st.download_button and st.link_button."""

from __future__ import annotations

import hashlib
import io
import mimetypes
from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements._util import validate_icon
from appwasm.elements.widgets._common import Widget
from appwasm.elements.widgets.button import FORM_DOCS_INFO, check_button_type
from appwasm.errors import StreamlitAPIException

# Python's mimetypes table has no single answer for these; Streamlit fixes them.
_PREFERRED_EXTENSIONS = {"audio/wav": ".wav", "text/vtt": ".vtt"}


def data_as_bytes(data: Any, mime: str | None) -> tuple[bytes, str]:
    """The bytes of `data` and its MIME type, by Streamlit's rules: text is UTF-8 and defaults
    to text/plain; bytes and binary files default to application/octet-stream."""
    if isinstance(data, str):
        return data.encode(), mime or "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), mime or "text/plain"
    if isinstance(data, bytes):
        return data, mime or "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), mime or "application/octet-stream"
    if isinstance(data, (io.BufferedReader, io.RawIOBase)):
        data.seek(0)
        return data.read() or b"", mime or "application/octet-stream"
    raise RuntimeError(f"Invalid binary data format: {type(data)}")


def default_file_name(mime: str) -> str:
    """The name Streamlit gives a download without `file_name`: streamlit_download + extension."""
    extension = _PREFERRED_EXTENSIONS.get(mime) or mimetypes.guess_extension(mime, strict=False) or ""
    return f"streamlit_download{extension}"


@dg_command
def download_button(
    dg: DeltaGenerator,
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
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
    """Display a button that downloads `data` as a file.

    `data` is a str (sent as UTF-8, MIME type text/plain by default), bytes, or a file-like
    object (text or binary; binary defaults to application/octet-stream); `mime` overrides
    the type. Without `file_name` the file is named ``streamlit_download`` plus the type's
    extension. The download happens in the page (no request leaves it). As in Streamlit 1.40,
    a click also reruns the script: the button returns True for that run, after
    `on_click(*args, **kwargs)`. It cannot be used inside st.form.

        st.download_button("Download CSV", df.to_csv(index=False), file_name="data.csv", mime="text/csv")
    """
    check_button_type(type, "download_button")
    widget = Widget(dg, "download_button", label, key=key, help=help, disabled=disabled, on_change=on_click,
                    args=args, kwargs=kwargs)
    if dg.form_id:
        raise StreamlitAPIException(f"`st.download_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}")
    payload, mime_type = data_as_bytes(data, mime)
    icon = validate_icon(icon)
    registered = widget.register(
        default=False, trigger=True, settable_by_state=False,
        identity_params={"icon": icon, "file_name": file_name, "mime": mime, "help": help, "type": type,
                         "use_container_width": bool(use_container_width)},
    )
    widget.enqueue(
        "download_button", buffers=[payload], kind=type, icon=icon, use_container_width=bool(use_container_width),
        file_name=file_name or default_file_name(mime_type), mime=mime_type, size=len(payload),
        digest=hashlib.md5(payload, usedforsecurity=False).hexdigest(),
    )
    return bool(registered.value)


@dg_command
def link_button(
    dg: DeltaGenerator,
    label: str,
    url: str,
    *,
    help: str | None = None,
    type: Literal["primary", "secondary", "tertiary"] = "secondary",
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool = False,
) -> DeltaGenerator:
    """Display a link styled as a button: clicking it opens `url` in a new tab. It does not
    rerun the script and has no value.

        st.link_button("Go to gallery", "https://streamlit.io/gallery")
    """
    check_button_type(type, "link_button")
    return dg._enqueue_element({
        "type": "link_button", "label": str(label), "url": str(url), "help": help, "kind": type,
        "icon": validate_icon(icon), "disabled": bool(disabled), "use_container_width": bool(use_container_width),
    })
