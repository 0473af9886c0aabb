"""Element payloads of the 'display' family: status elements, media, raw HTML and components.

Binary media (images, audio, video, subtitles) travel as transferable buffers beside the
delta (`dg._enqueue_element(node, buffers)`); a `MediaRef` names its buffer by index. A
rerun that shows the same bytes again sends only their hash (`buffer: None`), and the
renderer serves them from its small cache of Blob URLs.
"""

from __future__ import annotations

from typing import Literal, TypedDict


class MediaRef(TypedDict):
    """Bytes shown by the renderer through a Blob URL."""

    # sha1 of the bytes (and mimetype): the renderer's cache key.
    hash: str
    mimetype: str
    # Index into the delta's buffers, or None when the renderer already holds these bytes.
    buffer: int | None


class MediaSource(TypedDict):
    """Either bytes (`media`) or a URL the app gave (`url`); both None: an empty player."""

    media: MediaRef | None
    url: str | None


class ProgressNode(TypedDict):
    """st.progress: `value` is a percentage, 0-100."""

    type: Literal["progress"]
    value: int
    text: str | None


class SpinnerNode(TypedDict):
    """st.spinner: shown only after `delay_ms` (a block that ends sooner shows nothing)."""

    type: Literal["spinner"]
    text: str
    delay_ms: int
    cache: bool


class ToastNode(TypedDict):
    """st.toast, in the event root: shown in a corner, dismissed after a few seconds."""

    type: Literal["toast"]
    body: str
    icon: str | None


class CelebrationNode(TypedDict):
    """st.balloons / st.snow: a one-off animation (again on every run that calls it)."""

    type: Literal["balloons", "snow"]
    # Differs on every call, so each run's animation plays anew.
    nonce: str


class ImageItem(TypedDict):
    source: MediaSource
    caption: str | None


class ImageNode(TypedDict):
    """st.image: one or more images. `width` > 0 in pixels, or -1 original, -2 the container's
    width, -3 original but at most the container's width (Streamlit's WidthBehaviour)."""

    type: Literal["image"]
    images: list[ImageItem]
    width: int


class AudioNode(TypedDict):
    type: Literal["audio"]
    source: MediaSource
    start_time: int
    end_time: int | None
    loop: bool
    autoplay: bool


class SubtitleTrack(TypedDict):
    label: str
    media: MediaRef


class VideoNode(TypedDict):
    """st.video; `kind` "youtube" embeds a YouTube URL, "native" uses a <video>."""

    type: Literal["video"]
    kind: Literal["native", "youtube"]
    source: MediaSource
    start_time: int
    end_time: int | None
    loop: bool
    autoplay: bool
    muted: bool
    subtitles: list[SubtitleTrack]


class HtmlNode(TypedDict):
    """st.html: raw HTML in a sandboxed iframe (scripts do not run), sized to its content."""

    type: Literal["html"]
    body: str


class IframeNode(TypedDict):
    """st.components.v1.html (srcdoc) and .iframe (src): sandboxed, scripts allowed."""

    type: Literal["iframe"]
    src: str | None
    srcdoc: str | None
    width: int | None
    height: int
    scrolling: bool


class DocMember(TypedDict):
    name: str
    type_name: str
    value: str | None
    doc: str


class DocStringNode(TypedDict):
    """st.help: an object's name, type, signature, docstring and members."""

    type: Literal["doc_string"]
    name: str | None
    value: str | None
    type_name: str
    # "" when the object has none (the renderer says "No docs available", as Streamlit's).
    doc: str
    members: list[DocMember]


class StatusBlock(TypedDict):
    """st.status: a collapsible container with a label and a state icon."""

    type: Literal["status"]
    label: str
    # None in an update that leaves the open/closed state as the user set it.
    expanded: bool | None
    state: Literal["running", "complete", "error"]


# The TypedDicts this family adds to ElementNode, and the blocks it adds to BlockNode.
NODES: list[type] = [
    ProgressNode, SpinnerNode, ToastNode, CelebrationNode, ImageNode, AudioNode, VideoNode, HtmlNode, IframeNode,
    DocStringNode,
]
BLOCKS: list[type] = [StatusBlock]
