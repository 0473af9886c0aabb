"""st.file_uploader."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.uploads.files import MAX_UPLOAD_SIZE_MB, file_widget
from appwasm.runtime.uploaded_file_manager import UploadedFile

# Extensions that name the same kind of file: accepting one accepts the other (Streamlit's list).
TYPE_PAIRS = [
    (".jpg", ".jpeg"),
    (".mpg", ".mpeg"),
    (".mp4", ".mpeg4"),
    (".tif", ".tiff"),
    (".htm", ".html"),
]


def normalize_upload_file_type(type: str | Sequence[str]) -> list[str]:
    """Streamlit's normalisation of `type`: a leading dot, lower case, and the paired spellings.

    >>> normalize_upload_file_type(["PNG", ".jpg"])
    ['.png', '.jpg', '.jpeg']
    """
    types = [type] if isinstance(type, str) else list(type)
    types = [t if t.startswith(".") else f".{t}" for t in types]
    types = [t.lower() for t in types]
    for x, y in TYPE_PAIRS:
        if x in types and y not in types:
            types.append(y)
        if y in types and x not in types:
            types.append(x)
    return types


@dg_command
def file_uploader(
    dg: DeltaGenerator,
    label: str,
    type: str | Sequence[str] | None = None,
    accept_multiple_files: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> UploadedFile | list[UploadedFile] | None:
    """Display a file uploader widget (drag and drop, or a file dialog).

    `type` lists the accepted extensions (e.g. ``["csv", "txt"]``; None accepts any file);
    a file of another type is refused in the page with "<mime> files are not allowed.". With
    `accept_multiple_files=False` it returns an UploadedFile (a BytesIO subclass with `name`,
    `type`, `size` and `file_id`) or None; with True, a list of them (empty when none). Files
    are limited to 200 MB each. Its value cannot be set through st.session_state.

        uploaded = st.file_uploader("Choose a CSV file", type="csv")
        if uploaded is not None:
            st.write(uploaded.name, len(uploaded.getvalue()))
    """
    accept = normalize_upload_file_type(type) if type else []
    return file_widget(
        dg, "file_uploader", label, multiple=bool(accept_multiple_files),
        identity_params={"type": type, "accept_multiple_files": bool(accept_multiple_files), "help": help},
        key=key, help=help, on_change=on_change, args=args, kwargs=kwargs, disabled=disabled,
        label_visibility=label_visibility,
        node_fields={"accept": accept, "multiple": bool(accept_multiple_files),
                     "max_upload_size_mb": MAX_UPLOAD_SIZE_MB},
    )
