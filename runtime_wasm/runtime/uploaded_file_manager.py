"""`streamlit.runtime.uploaded_file_manager`: the files users upload, as the script sees them.

Apps import `UploadedFile` from here for type hints and isinstance checks. The bytes live in
the session's `UploadedFileStore` (one per browser tab), filled by the renderer's
`upload_files` messages; widget values only name files by id.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, NamedTuple


class UploadedFileRec(NamedTuple):
    """Metadata and raw bytes of an uploaded file. Immutable."""

    file_id: str
    name: str
    type: str
    data: bytes


class UploadedFile(io.BytesIO):
    """A file the user uploaded: a BytesIO (read, getvalue, seek...) with its `name`, MIME
    `type`, `size` in bytes and `file_id`.

    Each run gets new objects over the same bytes, so reading a file in one run does not leave
    it at its end for the next run.
    """

    def __init__(self, record: UploadedFileRec, file_urls: Any = None) -> None:
        super().__init__(record.data)
        self.file_id = record.file_id
        self.name = record.name
        self.type = record.type
        self.size = len(record.data)
        self._file_urls = file_urls

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    # Equality by file id makes instances unhashable, as in Streamlit.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        fields = {"file_id": self.file_id, "name": self.name, "type": self.type, "size": self.size}
        return "UploadedFile(" + ", ".join(f"{k}={v!r}" for k, v in fields.items()) + ")"


@dataclass(frozen=True)
class DeletedFile:
    """A file a widget's value names but the session no longer holds (the user removed it)."""

    file_id: str


class UploadedFileStore:
    """The files of one session, by file id."""

    def __init__(self) -> None:
        self._files: dict[str, UploadedFileRec] = {}

    def add_file(self, record: UploadedFileRec) -> None:
        self._files[record.file_id] = record

    def remove_file(self, file_id: str) -> bool:
        return self._files.pop(file_id, None) is not None

    def get_files(self, file_ids: list[str]) -> list[UploadedFileRec]:
        return [self._files[file_id] for file_id in file_ids if file_id in self._files]

    def get(self, file_id: str) -> UploadedFileRec | None:
        return self._files.get(file_id)

    def __len__(self) -> int:
        return len(self._files)

    def total_bytes(self) -> int:
        return sum(len(rec.data) for rec in self._files.values())


__all__ = ["DeletedFile", "UploadedFile", "UploadedFileRec", "UploadedFileStore"]
