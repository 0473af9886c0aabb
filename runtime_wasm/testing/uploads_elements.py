"""AppTest element classes of the 'uploads' family (registered with element_tree.register_element_class).

Streamlit's AppTest offers ChatInput and the ChatMessage block; the file widgets here go
further, so tests can put real bytes into st.file_uploader, st.camera_input and
st.audio_input the way the renderer does (an `upload_files` message whose attachments are
the bytes, then the widget's new value):

    at.file_uploader[0].set_value(("data.csv", b"a,b\\n1,2\\n")).run()
    at.file_uploader[0].set_value([("a.txt", b"A"), ("b.txt", b"B", "text/plain")]).run()
    at.camera_input[0].take_photo(jpeg_bytes).run()
    at.chat_input[0].set_value("hello").run()
"""

from __future__ import annotations

import mimetypes
import os
import uuid
from typing import Any

from appwasm.elements.uploads.chat import CHAT_VALUES
from appwasm.runtime.uploaded_file_manager import UploadedFile
from appwasm.testing.element_tree import (
    _ACCESSOR_TYPES,
    BLOCK_CLASSES,
    Block,
    Button,
    Element,
    Widget,
    register_element_class,
)

_NOTHING = object()


def _file_spec(spec: Any) -> tuple[str, bytes, str]:
    """(name, data[, type]), a path, or an UploadedFile -> (name, data, type)."""
    if isinstance(spec, UploadedFile):
        return spec.name, spec.getvalue(), spec.type
    if isinstance(spec, (str, os.PathLike)):
        with open(spec, "rb") as f:
            return os.path.basename(spec), f.read(), _guess_type(str(spec))
    name, data, *rest = spec
    if isinstance(data, str):
        data = data.encode()
    return str(name), bytes(data), str(rest[0]) if rest else _guess_type(str(name))


def _guess_type(name: str) -> str:
    # What a browser reports: the type of the extension, or octet-stream when it knows none.
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


class _FileWidget(Widget):
    """A widget whose value is files; `set_value` uploads new ones (None or [] clears it)."""

    multiple = False

    @property
    def value(self) -> Any:
        if self._spec is None:
            return [] if self.multiple else None
        state = self.root.session_state_raw
        return state[self.id] if state.has_widget(self.id) else ([] if self.multiple else None)

    def set_value(self, value: Any) -> _FileWidget:  # type: ignore[override]
        """Queue files for the next run: one file spec, a list of them, or None/[] to clear.

        A file spec is ``(name, data)``, ``(name, data, mime_type)``, a path, or an UploadedFile.
        The widget's previous files are removed, as when a user replaces them.
        """
        specs = [] if value is None else (list(value) if isinstance(value, list) else [value])
        if not self.multiple and len(specs) > 1:
            raise ValueError(f"st.{self.type} holds one file; got {len(specs)}")
        files = [_file_spec(spec) for spec in specs]
        accept = self.node.get("accept") or []
        for name, _, mime in files:
            # The page refuses such a file before it is sent; a test that tries gets the page's message.
            if accept and not any(name.lower().endswith(ext) for ext in accept):
                raise ValueError(f"{mime} files are not allowed.")
        infos = [{"file_id": str(uuid.uuid4()), "name": name, "type": mime, "size": len(data)}
                 for name, data, mime in files]
        old = [ref["file_id"] for ref in (self.node.get("value") or [])]
        self.root._outbox.append({"type": "upload_files", "files": infos, "remove": old,
                                  "attachments": [data for _, data, _ in files]})
        self._set_wire([{k: info[k] for k in ("file_id", "name", "size")} for info in infos])
        return self

    def clear(self) -> _FileWidget:
        return self.set_value(None)


class FileUploader(_FileWidget):
    type = "file_uploader"

    def __init__(self, node: dict[str, Any], root: Any, path: tuple[int, ...]) -> None:
        super().__init__(node, root, path)
        self.multiple = bool(node.get("multiple"))

    @property
    def accept(self) -> list[str]:
        """The accepted extensions, normalised (".csv"); empty: any file."""
        return list(self.node.get("accept", []))

    def upload(self, *files: Any) -> FileUploader:
        """Add files (file specs) to those the uploader already holds (or replace its one file)."""
        if not self.multiple:
            return self.set_value(files[-1])  # type: ignore[return-value]
        current = [(f.name, f.getvalue(), f.type) for f in self.value]
        return self.set_value([*current, *files])  # type: ignore[return-value]


class CameraInput(_FileWidget):
    type = "camera_input"

    def take_photo(self, jpeg: bytes, name: str = "camera-input.jpg") -> CameraInput:
        return self.set_value((name, jpeg, "image/jpeg"))  # type: ignore[return-value]


class AudioInput(_FileWidget):
    type = "audio_input"

    def record(self, wav: bytes, name: str = "audio.wav") -> AudioInput:
        return self.set_value((name, wav, "audio/wav"))  # type: ignore[return-value]


class DownloadButton(Button):
    """st.download_button: a button (click, value) that also holds the file it downloads."""

    type = "download_button"

    @property
    def file_name(self) -> str:
        return str(self.node["file_name"])

    @property
    def mime(self) -> str:
        return str(self.node["mime"])

    @property
    def data(self) -> bytes:
        """The bytes the last run sent for download."""
        for message in reversed(self.root.messages):
            if message.get("type") == "delta" and tuple(message.get("path", ())) == self.path:
                return bytes(message["_buffers"][0])
        raise LookupError("the download button's data was not sent in the last run")


class LinkButton(Element):
    type = "link_button"

    @property
    def value(self) -> str:
        return str(self.node["url"])

    @property
    def label(self) -> str:
        return str(self.node["label"])

    @property
    def url(self) -> str:
        return str(self.node["url"])

    @property
    def disabled(self) -> bool:
        return bool(self.node["disabled"])


class ChatInput(Widget):
    type = "chat_input"

    @property
    def placeholder(self) -> str:
        return str(self.node.get("placeholder", ""))

    @property
    def max_chars(self) -> int | None:
        return self.node.get("max_chars")

    @property
    def value(self) -> str | None:
        """The text queued for the next run, else what the widget returned in the last run."""
        pending = self.root._pending.get(self.id, _NOTHING)
        if pending is not _NOTHING:
            return pending  # type: ignore[return-value]
        return self.root._session.family_state.get(CHAT_VALUES, {}).get(self.id)

    def set_value(self, v: str | None) -> ChatInput:  # type: ignore[override]
        """Submit `v` in the next run (None submits nothing)."""
        if v is None:
            self.root._pending.pop(self.id, None)
            self.root._triggers.discard(self.id)
        else:
            self._set_wire(str(v), trigger=True)
        return self


class ChatMessage(Block):
    """st.chat_message: a container with `name` and `avatar`."""

    type = "chat_message"

    @property
    def name(self) -> str:
        return str(self.node.get("name"))

    @property
    def avatar(self) -> str:
        return str(self.node.get("avatar") or "")


for _cls in (FileUploader, CameraInput, AudioInput, DownloadButton, LinkButton, ChatInput):
    register_element_class(_cls.type, _cls)
BLOCK_CLASSES["chat_message"] = ChatMessage
_ACCESSOR_TYPES["chat_message"] = "chat_message"
