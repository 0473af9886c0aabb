"""Small helpers shared by element commands."""

from __future__ import annotations

import textwrap
from typing import Any

from appwasm.errors import StreamlitAPIException


def is_pil_image(obj: Any) -> bool:
    """A PIL image, recognised without importing PIL."""
    return any(c.__module__.startswith("PIL.") and c.__name__ == "Image" for c in type(obj).__mro__)


def clean_text(text: Any) -> str:
    """Dedent and strip, so triple-quoted markdown in indented code renders as meant."""
    return textwrap.dedent(str(text)).strip()


def validate_icon(icon: str | None) -> str | None:
    """An emoji or a Material Symbol (`:material/name:`), as Streamlit accepts."""
    if icon is None:
        return None
    icon = str(icon).strip()
    if icon.startswith(":material/"):
        if not icon.endswith(":") or len(icon) <= len(":material/:"):
            raise StreamlitAPIException(
                f'The value `"{icon}"` is not a valid Material icon. Use the form `:material/icon_name:`.'
            )
        return icon
    if not icon:
        return None
    if len(icon) > 8:
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid emoji. Shortcodes are not allowed, please use a single character instead.'
        )
    return icon
