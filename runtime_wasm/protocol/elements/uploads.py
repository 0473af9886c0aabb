"""Element payloads of the 'uploads' family: files in (uploader, camera, microphone), files out
(download and link buttons), and chat (the chat input and chat message containers).

A file the user picks never travels inside JSON: its bytes go to the worker once, as a
transferred ArrayBuffer attached to an `upload_files` message (protocol/families.py), and the
widget's value only names it by `file_id`.
"""

from __future__ import annotations

from typing import Literal, TypedDict

from appwasm.protocol.elements.widgets import WidgetBase


class UploadedFileRef(TypedDict):
    """One file in the value of st.file_uploader, st.camera_input or st.audio_input."""

    file_id: str
    name: str
    size: int


class FileUploaderNode(WidgetBase):
    """st.file_uploader. The value lists the files the run saw (newest last)."""

    type: Literal["file_uploader"]
    # Accepted extensions, normalised as Streamlit does (".csv", lower case, .jpg <-> .jpeg...);
    # empty: any file.
    accept: list[str]
    multiple: bool
    max_upload_size_mb: int
    value: list[UploadedFileRef]


class CameraInputNode(WidgetBase):
    """st.camera_input: a JPEG snapshot from the user's camera (zero or one file)."""

    type: Literal["camera_input"]
    value: list[UploadedFileRef]


class AudioInputNode(WidgetBase):
    """st.audio_input: a WAV recording from the user's microphone (zero or one file)."""

    type: Literal["audio_input"]
    value: list[UploadedFileRef]


class DownloadButtonNode(WidgetBase):
    """st.download_button. The file's bytes are the delta's buffers[0]; `digest` changes with
    them, so a run that sends new data for the same button replaces the renderer's copy."""

    type: Literal["download_button"]
    kind: Literal["primary", "secondary", "tertiary"]
    icon: str | None
    use_container_width: bool
    file_name: str
    mime: str
    size: int
    digest: str


class LinkButtonNode(TypedDict):
    """st.link_button: a link styled as a button, opening `url` in a new tab (no rerun)."""

    type: Literal["link_button"]
    label: str
    url: str
    help: str | None
    kind: Literal["primary", "secondary", "tertiary"]
    icon: str | None
    disabled: bool
    use_container_width: bool


class ChatInputNode(TypedDict):
    """st.chat_input: a trigger whose value is the submitted text, for one run."""

    type: Literal["chat_input"]
    id: str
    placeholder: str
    max_chars: int | None
    disabled: bool
    # Always "" (a chat input cannot live in a form); kept so it sends like every widget.
    form_id: str
    # "bottom": pinned to the page's foot (the bottom root); "inline": where it was called.
    position: Literal["bottom", "inline"]


AvatarKind = Literal["initial", "user", "assistant", "emoji", "material", "url", "data"]


class ChatMessageBlock(TypedDict):
    """st.chat_message: a container with an author and an avatar.

    `avatar` holds the emoji, the Material icon (":material/name:"), or the image URL; for
    "data" the image's bytes are the delta's buffers[0] (`avatar` is then their digest and
    `avatar_mime` their type); for "initial" the renderer shows the name's first letter.
    """

    type: Literal["chat_message"]
    name: str
    avatar_kind: AvatarKind
    avatar: str | None
    avatar_mime: str | None


# The TypedDicts this family adds to ElementNode, and the blocks it adds to BlockNode.
NODES: list[type] = [
    FileUploaderNode, CameraInputNode, AudioInputNode, DownloadButtonNode, LinkButtonNode, ChatInputNode,
]
BLOCKS: list[type] = [ChatMessageBlock]
