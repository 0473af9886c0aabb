"""The avatar of st.chat_message: a preset icon, an emoji, a Material icon or an image.

An image given as a URL is passed through (as Streamlit does); any other image (a local file,
bytes, a file-like object, a PIL image, a NumPy array) travels to the renderer as bytes beside
the block's JSON, never base64.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from typing import Any
from urllib.parse import urlparse

from appwasm.elements._util import validate_icon
from appwasm.elements.display._png import sniff_image_mimetype
from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context

PRESETS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}

_IMAGE_ERROR = "Failed to load the provided avatar value as an image."

# Code points that only occur inside emoji sequences: joiners, variation selectors, skin tones,
# keycaps and tag characters (flags of regions).
_EMOJI_PARTS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}


def is_emoji(text: str) -> bool:
    """A single emoji (possibly a sequence: flags, skin tones, joined people), not a word."""
    if not text or len(text) > 16:
        return False
    has_pictograph = False
    for char in text:
        code = ord(char)
        if code in _EMOJI_PARTS or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
            continue
        if char in "#*0123456789" and "\u20e3" in text:
            has_pictograph = True  # keycap sequences: "1️⃣"
            continue
        if unicodedata.category(char) == "So" or 0x1F000 <= code <= 0x1FAFF:
            has_pictograph = True
            continue
        return False
    return has_pictograph


def _image_bytes(avatar: Any) -> bytes:
    if isinstance(avatar, (bytes, bytearray, memoryview)):
        return bytes(avatar)
    if hasattr(avatar, "read"):
        if hasattr(avatar, "seek"):
            avatar.seek(0)
        data = avatar.read()
        return data.encode() if isinstance(data, str) else bytes(data)
    if type(avatar).__module__.startswith(("PIL.", "numpy")):
        import io

        from PIL import Image  # only when the app passes an image object

        image = Image.fromarray(avatar) if type(avatar).__module__.startswith("numpy") else avatar
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()
    raise TypeError(f"unsupported avatar type {type(avatar)}")


def _read_local(path: str) -> bytes:
    ctx = get_run_context()
    candidates = [path] if os.path.isabs(path) or ctx is None else [path, os.path.join(ctx.app_root, path)]
    for candidate in candidates:
        if os.path.isfile(candidate):
            with open(candidate, "rb") as f:
                return f.read()
    raise FileNotFoundError(path)


def avatar_fields(name: str, avatar: Any) -> tuple[dict[str, Any], list[bytes] | None]:
    """The avatar part of a chat message block, and the image bytes to send beside it."""
    if avatar is None and (name.lower() in PRESETS or is_emoji(name)):
        avatar = name.lower()  # the preset names and emoji names pick their own avatar
    if avatar is None:
        return {"avatar_kind": "initial", "avatar": None, "avatar_mime": None}, None
    if isinstance(avatar, str) and avatar in PRESETS:
        return {"avatar_kind": PRESETS[avatar], "avatar": PRESETS[avatar], "avatar_mime": None}, None
    if isinstance(avatar, str) and is_emoji(avatar):
        return {"avatar_kind": "emoji", "avatar": avatar, "avatar_mime": None}, None
    if isinstance(avatar, str) and avatar.startswith(":material"):
        return {"avatar_kind": "material", "avatar": validate_icon(avatar), "avatar_mime": None}, None
    try:
        if isinstance(avatar, str):
            text = avatar.strip()
            if text.startswith(("<svg", "<?xml")):
                data = text.encode()
            elif urlparse(text).scheme in ("http", "https", "data"):
                return {"avatar_kind": "url", "avatar": text, "avatar_mime": None}, None
            else:
                data = _read_local(text)
        else:
            data = _image_bytes(avatar)
        mime = sniff_image_mimetype(data)
        if mime is None:
            raise ValueError("not an image")
    except Exception as exc:
        raise StreamlitAPIException(_IMAGE_ERROR) from exc
    digest = hashlib.md5(data, usedforsecurity=False).hexdigest()
    return {"avatar_kind": "data", "avatar": digest, "avatar_mime": mime}, [data]
