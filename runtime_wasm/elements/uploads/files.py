"""What st.file_uploader, st.camera_input and st.audio_input share.

The renderer sends the bytes of each file the user picks once, in an `upload_files` message
(as transferred buffers, see protocol/families.py); the handler here keeps them in the
session's UploadedFileStore. The widget's wire value is the list of files it holds, by id;
its Python value is built anew at each run from that list (new UploadedFile objects over the
same bytes, as Streamlit does).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from appwasm.delta_generator import DeltaGenerator
from appwasm.elements.widgets._common import Widget
from appwasm.runner.context import get_run_context
from appwasm.runner.session import AppSession, register_message_handler
from appwasm.runtime.uploaded_file_manager import DeletedFile, UploadedFile, UploadedFileRec, UploadedFileStore

_STORE = "uploads.files"

# Streamlit's default `server.maxUploadSize`, in megabytes (the renderer refuses bigger files).
MAX_UPLOAD_SIZE_MB = 200


def session_files(session: Any) -> UploadedFileStore | None:
    """The uploaded files of `session` (None outside a session)."""
    if session is None:
        return None
    return session.family(_STORE, UploadedFileStore)


def _handle_upload_files(session: AppSession, message: dict[str, Any]) -> bool:
    store = session_files(session)
    assert store is not None
    for file_id in message.get("remove", []):
        store.remove_file(str(file_id))
    files = message.get("files", [])
    data = message.get("attachments") or []
    if len(data) != len(files):
        raise ValueError(f"upload_files: {len(files)} files but {len(data)} attachments")
    for info, payload in zip(files, data, strict=True):
        store.add_file(UploadedFileRec(
            file_id=str(info["file_id"]), name=str(info["name"]),
            type=str(info.get("type") or "application/octet-stream"), data=bytes(payload),
        ))
    # The widget's new value follows in a widget event, which starts the run.
    return False


register_message_handler("upload_files", _handle_upload_files)


def refs_of(value: Any) -> list[dict[str, Any]]:
    """Python value (None, an UploadedFile, a list of them) -> the wire list of file refs."""
    if value is None:
        return []
    files = value if isinstance(value, list) else [value]
    return [{"file_id": f.file_id, "name": f.name, "size": f.size} for f in files if isinstance(f, UploadedFile)]


def files_of(store: UploadedFileStore | None, wire: Any) -> list[UploadedFile | DeletedFile]:
    """The wire list of file refs -> new UploadedFile objects (DeletedFile for files gone)."""
    files: list[UploadedFile | DeletedFile] = []
    for ref in wire or []:
        record = store.get(str(ref.get("file_id"))) if store is not None else None
        files.append(UploadedFile(record) if record is not None else DeletedFile(str(ref.get("file_id"))))
    return files


def file_widget(
    dg: DeltaGenerator,
    kind: str,
    label: str,
    *,
    multiple: bool,
    identity_params: dict[str, Any],
    key: Any,
    help: str | None,
    on_change: Callable[..., Any] | None,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    node_fields: dict[str, Any] | None = None,
) -> UploadedFile | list[UploadedFile] | None:
    """Run the widget pipeline for a file widget; return the script's value.

    Single-file widgets return an UploadedFile or None; `multiple` ones a list (maybe empty).
    Files the user removed since the widget's value was sent are left out.
    """
    widget = Widget(dg, kind, label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    ctx = get_run_context()
    store = session_files(ctx.session if ctx is not None else None)

    def deserialize(wire: Any) -> Any:
        present = [f for f in files_of(store, wire) if isinstance(f, UploadedFile)]
        if multiple:
            return present
        return present[0] if present else None

    registered = widget.register(
        default=[] if multiple else None, identity_params=identity_params, serialize=refs_of,
        deserialize=deserialize, settable_by_state=False, value_from_wire=True,
    )
    widget.enqueue(kind, value=registered.wire, **(node_fields or {}))
    return registered.value
