"""st.image: bytes, files, URLs, SVG, PIL images and numpy arrays, one or many, with captions."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, active_dg, dg_command
from appwasm.elements._util import is_pil_image
from appwasm.elements.display._media import MediaBuffers, is_url, read_bytes, resolve_path
from appwasm.elements.display._png import encode_png, sniff_image_mimetype
from appwasm.errors import StreamlitAPIException

# Streamlit's WidthBehavior values, understood by the renderer.
ORIGINAL, COLUMN, AUTO, MIN_IMAGE_OR_CONTAINER, MAX_IMAGE_OR_CONTAINER = -1, -2, -3, -4, -5
_SVG_START = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")


def _is_ndarray(obj: Any) -> bool:
    return type(obj).__module__ == "numpy" and type(obj).__name__ == "ndarray"


def _format_for(requested: str, pil_image: Any = None) -> str:
    """Streamlit's choice: JPEG/PNG when asked; else GIF for GIFs, PNG with alpha, else JPEG."""
    fmt = requested.upper()
    if fmt in ("JPEG", "PNG"):
        return fmt
    if fmt == "JPG":
        return "JPEG"
    if pil_image is not None and pil_image.format == "GIF":
        return "GIF"
    if pil_image is not None and pil_image.mode in ("RGBA", "LA", "P"):
        return "PNG"
    return "JPEG"


def _pil_to_bytes(image: Any, fmt: str) -> bytes:
    if fmt == "JPEG" and image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGB")
    out = io.BytesIO()
    image.save(out, format=fmt, quality=100)
    return out.getvalue()


def _verify_np_shape(array: Any) -> Any:
    shape = array.shape
    if len(shape) not in (2, 3):
        raise StreamlitAPIException("Numpy shape has to be of length 2 or 3.")
    if len(shape) == 3 and shape[-1] not in (1, 3, 4):
        raise StreamlitAPIException(f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}")
    if len(shape) == 3 and shape[-1] == 1:
        array = array[:, :, 0]
    return array


def _clip(array: Any, clamp: bool) -> Any:
    import numpy as np

    if issubclass(array.dtype.type, np.floating):
        if clamp:
            array = np.clip(array, 0, 1.0)
        elif np.amin(array) < 0.0 or np.amax(array) > 1.0:
            raise RuntimeError("Data is outside [0.0, 1.0] and clamp is not set.")
        return array * 255
    if clamp:
        return np.clip(array, 0, 255)
    if np.amin(array) < 0 or np.amax(array) > 255:
        raise RuntimeError("Data is outside [0, 255] and clamp is not set.")
    return array


def _array_to_bytes(array: Any, clamp: bool, channels: str, output_format: str) -> tuple[bytes, str]:
    import numpy as np

    array = _clip(_verify_np_shape(array), clamp)
    if channels == "BGR":
        if len(array.shape) != 3:
            raise StreamlitAPIException(
                'When using `channels="BGR"`, the input image should have exactly 3 color channels')
        array = array[:, :, [2, 1, 0]]
    array = np.ascontiguousarray(array.astype(np.uint8))
    try:
        from PIL import Image
    except ImportError:
        # Without Pillow, PNG (lossless) is the one format we can write.
        return encode_png(array), "image/png"
    image = Image.fromarray(array)
    fmt = _format_for(output_format, image)
    return _pil_to_bytes(image, fmt), f"image/{fmt.lower()}"


def _bytes_mimetype(data: bytes, output_format: str) -> tuple[bytes, str]:
    sniffed = sniff_image_mimetype(data)
    fmt = output_format.upper()
    wanted = {"JPEG": "image/jpeg", "JPG": "image/jpeg", "PNG": "image/png"}.get(fmt)
    if wanted and sniffed and wanted != sniffed and sniffed != "image/svg+xml":
        try:
            from PIL import Image
        except ImportError:
            return data, sniffed  # the browser shows the original format just as well
        image = Image.open(io.BytesIO(data))
        return _pil_to_bytes(image, "JPEG" if wanted == "image/jpeg" else "PNG"), wanted
    return data, sniffed or wanted or "application/octet-stream"


def image_source(image: Any, buffers: MediaBuffers, *, clamp: bool = False, channels: str = "RGB",
                 output_format: str = "auto") -> dict[str, Any]:
    """A MediaSource for one image of any type st.image accepts (also used by st.logo)."""
    if isinstance(image, Path):
        image = str(image)
    if isinstance(image, str):
        path = resolve_path(image)
        if not os.path.isfile(path) and (is_url(image) or image.startswith(("app/static/", "/app/static/"))):
            return {"media": None, "url": image}
        if image.endswith(".svg") and os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                image = f.read()
        if _SVG_START.search(image):
            if "xmlns" not in image:
                image = image.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
            return {"media": buffers.ref(image.encode("utf-8"), "image/svg+xml"), "url": None}
        try:
            with open(path, "rb") as f:
                data, mimetype = _bytes_mimetype(f.read(), output_format)
        except OSError:
            raise StreamlitAPIException(f"Error opening '{image}'") from None
    elif is_pil_image(image):
        fmt = _format_for(output_format, image)
        data, mimetype = _pil_to_bytes(image, fmt), f"image/{fmt.lower()}"
    elif _is_ndarray(image):
        data, mimetype = _array_to_bytes(image, clamp, channels, output_format)
    else:
        raw = read_bytes(image)
        if raw is None:
            raise StreamlitAPIException(f"Image of type {type(image).__name__} is not supported by st.image.")
        data, mimetype = _bytes_mimetype(raw, output_format)
    return {"media": buffers.ref(data, mimetype), "url": None}


def _width(width: int | None, use_column_width: Any, use_container_width: bool) -> int:
    if use_container_width is True and use_column_width is not None:
        raise StreamlitAPIException(
            "`use_container_width` and `use_column_width` cannot be set at the same time.",
            "Please utilize `use_container_width` since `use_column_width` is deprecated.",
        )
    image_width = ORIGINAL if (width is None or width <= 0) else int(width)
    if use_column_width is not None:
        active_dg().warning(
            "The `use_column_width` parameter has been deprecated and will be removed "
            "in a future release. Please utilize the `use_container_width` parameter instead."
        )
        if use_column_width == "auto":
            return AUTO
        if use_column_width == "always" or use_column_width is True:
            return COLUMN
        if use_column_width == "never" or use_column_width is False:
            return ORIGINAL
        return image_width
    if use_container_width is True:
        return MAX_IMAGE_OR_CONTAINER
    if image_width > 0:
        return image_width
    return MIN_IMAGE_OR_CONTAINER


@dg_command
def image(dg: DeltaGenerator, image: Any, caption: str | Sequence[str] | None = None, width: int | None = None,
          use_column_width: Literal["auto", "always", "never"] | bool | None = None, clamp: bool = False,
          channels: Literal["RGB", "BGR"] = "RGB", output_format: Literal["JPEG", "PNG", "auto"] = "auto", *,
          use_container_width: bool = False) -> DeltaGenerator:
    """Display an image or a list of images.

    `image`: bytes, a BytesIO, a file path, a URL, an SVG string, a PIL image, or a numpy array
    (height x width, or x 1/3/4 channels; floats in [0, 1], ints in [0, 255] unless `clamp`);
    or a list of these (with a list of captions). `width` in pixels, `use_container_width` to
    fill the container; `channels="BGR"` for OpenCV arrays.
    """
    image_width = _width(width, use_column_width, use_container_width)
    channels = str(channels).upper()  # type: ignore[assignment]
    if isinstance(image, (list, set, tuple)):
        images = list(image)
    elif _is_ndarray(image) and len(image.shape) == 4:
        images = [image[i, :, :, :] for i in range(image.shape[0])]
    else:
        images = [image]
    if isinstance(caption, list):
        captions: list[Any] = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif _is_ndarray(caption) and len(caption.shape) == 1:  # type: ignore[union-attr]
        captions = caption.tolist()  # type: ignore[union-attr]
    elif caption is None:
        captions = [None] * len(images)
    else:
        captions = [str(caption)]
    if len(captions) != len(images):
        raise StreamlitAPIException(f"Cannot pair {len(captions)} captions with {len(images)} images.")
    buffers = MediaBuffers()
    items = [
        {"source": image_source(img, buffers, clamp=clamp, channels=channels, output_format=output_format),
         "caption": None if cap is None else str(cap)}
        for img, cap in zip(images, captions)
    ]
    return dg._enqueue_element({"type": "image", "images": items, "width": image_width}, buffers.buffers)
