"""st.audio and st.video: bytes, files, URLs, numpy audio, subtitles, start/end, loop, autoplay."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.display._media import MediaBuffers, guess_mimetype, is_url, parse_start_end, read_bytes, resolve_path
from appwasm.errors import StreamlitAPIException

_YOUTUBE = re.compile(
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube.com/watch\?(?:v%3D)"
    r"(?P<video_id_1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*watch(?:%3Fv%3D|%3Fv%3D)"
    r"(?P<video_id_2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(//)?((?:www|m)\.)?((?:youtube\.com|youtu\.be))"
    r"/(?:[\w\-]+\?v=|embed/|v/|watch/)?(?P<video_id>[\w\-]{10,20})"
)


def _is_ndarray(obj: Any) -> bool:
    return type(obj).__module__ == "numpy" and type(obj).__name__ == "ndarray"


def youtube_embed_url(url: str) -> str | None:
    """The embed URL of a YouTube link, or None for any other URL."""
    match = _YOUTUBE.match(url)
    if not match:
        return None
    code = match.group("video_id") or match.group("video_id_1") or match.group("video_id_2")
    return f"https://www.youtube.com/embed/{code}"


def _normalize(data: Any) -> tuple[bytes, int]:
    """Samples of a 1-D (mono) or 2-D (channels x samples) array as interleaved int16."""
    import numpy as np

    array = np.array(data, dtype=float)
    if len(array.shape) == 1:
        nchan = 1
    elif len(array.shape) == 2:
        nchan = array.shape[0]
        array = array.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if array.size == 0:
        return array.astype(np.int16).tobytes(), nchan
    peak = np.max(np.abs(array))
    scaled = (array / peak) * 32767 if peak > 0 else array
    return scaled.astype(np.int16).tobytes(), nchan


def make_wav(data: Any, sample_rate: int) -> bytes:
    """A 16-bit PCM WAV file of numpy samples (normalised to the full range, as Streamlit does)."""
    import wave

    frames, nchan = _normalize(data)
    with io.BytesIO() as out:
        with wave.open(out, mode="wb") as wav:
            wav.setnchannels(nchan)
            wav.setframerate(sample_rate)
            wav.setsampwidth(2)
            wav.setcomptype("NONE", "NONE")
            wav.writeframes(frames)
        return out.getvalue()


def media_source(data: Any, mimetype: str, buffers: MediaBuffers) -> dict[str, Any]:
    """A MediaSource for audio or video data: a URL, a file path, bytes or a file object."""
    if data is None:
        return {"media": None, "url": None}  # an empty player, as Streamlit allows
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        if is_url(data):
            return {"media": None, "url": data}
        path = resolve_path(data)
        try:
            with open(path, "rb") as f:
                content = f.read()
        except OSError:
            raise StreamlitAPIException(f"Error opening '{data}'") from None
        return {"media": buffers.ref(content, guess_mimetype(path, mimetype)), "url": None}
    if _is_ndarray(data):
        return {"media": buffers.ref(data.tobytes(), mimetype), "url": None}
    content = read_bytes(data)
    if content is None:
        raise RuntimeError("Invalid binary data format: %s" % type(data))
    return {"media": buffers.ref(content, mimetype), "url": None}


@dg_command
def audio(dg: DeltaGenerator, data: Any, format: str = "audio/wav", start_time: Any = 0, *,
          sample_rate: int | None = None, end_time: Any = None, loop: bool = False,
          autoplay: bool = False) -> DeltaGenerator:
    """Display an audio player.

    `data`: a URL, a file path, bytes, a BytesIO or file object, or a numpy array of samples
    (1-D mono, 2-D channels x samples) with `sample_rate`. `start_time`/`end_time`: seconds,
    a timedelta or a string such as "2 min"; `loop`, `autoplay` as their names say.
    """
    start, end = parse_start_end(start_time, end_time)
    is_array = _is_ndarray(data)
    if is_array and sample_rate is None:
        raise StreamlitAPIException("`sample_rate` must be specified when `data` is a numpy array.")
    if not is_array and sample_rate is not None:
        dg.warning("Warning: `sample_rate` will be ignored since data is not a numpy array.")
    buffers = MediaBuffers()
    if is_array:
        source = {"media": buffers.ref(make_wav(data, int(sample_rate)), "audio/wav"), "url": None}  # type: ignore[arg-type]
    else:
        source = media_source(data, format, buffers)
    node = {"type": "audio", "source": source, "start_time": start, "end_time": end, "loop": bool(loop),
            "autoplay": bool(autoplay)}
    return dg._enqueue_element(node, buffers.buffers)


def srt_to_vtt(text: str) -> str:
    """WebVTT text of SRT subtitles (the browser's <track> reads only WebVTT)."""
    body = re.sub(r"(\d{2}:\d{2}:\d{2}),(\d{3})", r"\1.\2", text.replace("\r\n", "\n"))
    body = re.sub(r"(?m)^\d+\n(?=\d{2}:\d{2}:\d{2}\.\d{3} -->)", "", body)
    return "WEBVTT\n\n" + body.strip() + "\n"


def _subtitle_text(data: Any) -> str:
    if isinstance(data, Path):
        data = str(data)
    if isinstance(data, str):
        path = resolve_path(data)
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                return f.read()
        return data
    content = read_bytes(data)
    if content is None:
        raise ValueError(type(data))
    return content.decode("utf-8")


def _subtitles(subtitles: Any, buffers: MediaBuffers) -> list[dict[str, Any]]:
    if subtitles is None:
        return []
    tracks = subtitles.items() if isinstance(subtitles, dict) else [("default", subtitles)]
    result = []
    for label, data in tracks:
        try:
            text = _subtitle_text(data).lstrip("\ufeff")
        except (ValueError, UnicodeDecodeError, OSError):
            raise StreamlitAPIException(f"Failed to process the provided subtitle: {label}") from None
        if not text.lstrip().startswith("WEBVTT"):
            if not re.search(r"\d{2}:\d{2}:\d{2}[,.]\d{3}\s*-->", text):
                raise StreamlitAPIException(f"Failed to process the provided subtitle: {label}")
            text = srt_to_vtt(text)
        result.append({"label": str(label), "media": buffers.ref(text.encode("utf-8"), "text/vtt")})
    return result


@dg_command
def video(dg: DeltaGenerator, data: Any, format: str = "video/mp4", start_time: Any = 0, *,
          subtitles: Any = None, end_time: Any = None, loop: bool = False, autoplay: bool = False,
          muted: bool = False) -> DeltaGenerator:
    """Display a video player.

    `data`: a URL (YouTube links are embedded), a file path, bytes, a BytesIO or file object.
    `subtitles`: WebVTT or SRT text, a file, bytes, or a dict {label: subtitles}.
    `start_time`/`end_time`: seconds, a timedelta or a string such as "1m30s". Browsers let a
    video autoplay only when `muted` is set too.
    """
    start, end = parse_start_end(start_time, end_time)
    buffers = MediaBuffers()
    kind = "native"
    if isinstance(data, str) and is_url(data) and (embed := youtube_embed_url(data)):
        kind, source = "youtube", {"media": None, "url": embed}
    else:
        source = media_source(data, format, buffers)
    node = {
        "type": "video", "kind": kind, "source": source, "start_time": start, "end_time": end, "loop": bool(loop),
        "autoplay": bool(autoplay), "muted": bool(muted), "subtitles": _subtitles(subtitles, buffers),
    }
    return dg._enqueue_element(node, buffers.buffers)
