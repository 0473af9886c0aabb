"""Colors as Streamlit's charts take them: hex strings, rgb()/rgba() strings, or 3/4-tuples.

The checks are deliberately light (Streamlit's own are): a value "looks like" a color, and
conversion to a CSS string that Vega understands happens at the end.
"""

from __future__ import annotations

from typing import Any

from appwasm.errors import StreamlitAPIException


class StreamlitInvalidColorError(StreamlitAPIException):
    """A color that is neither hex, rgb()/rgba(), nor a 3/4-tuple of numbers."""

    def __init__(self, color: Any) -> None:
        super().__init__(
            f"This does not look like a valid color: {color!r}.\n\n"
            "Colors must be in one of the following formats:"
            "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`"
            "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`"
        )


def is_hex_color_like(color: Any) -> bool:
    return isinstance(color, str) and color.startswith("#") and color[1:].isalnum() and len(color) in (4, 5, 7, 9)


def is_css_color_like(color: Any) -> bool:
    return is_hex_color_like(color) or (isinstance(color, str) and color.startswith(("rgb(", "rgba(")))


def is_color_tuple_like(color: Any) -> bool:
    return (isinstance(color, (tuple, list)) and len(color) in (3, 4)
            and all(isinstance(c, (int, float)) for c in color))


def is_color_like(color: Any) -> bool:
    return is_css_color_like(color) or is_color_tuple_like(color)


def _to_int(component: Any, color: Any) -> int:
    # Floats are fractions of 255; everything is clamped to 0..255.
    if isinstance(component, float):
        component = int(component * 255)
    if isinstance(component, int):
        return min(255, max(component, 0))
    raise StreamlitInvalidColorError(color)


def _to_fraction(component: Any, color: Any) -> float:
    if isinstance(component, int):
        component = component / 255.0
    if isinstance(component, float):
        return min(1.0, max(component, 0.0))
    raise StreamlitInvalidColorError(color)


def to_css_color(color: Any) -> str:
    """A hex or rgb()/rgba() string as given, or a tuple as "rgb(r, g, b)" / "rgba(r, g, b, a)"."""
    if is_css_color_like(color):
        return str(color)
    if is_color_tuple_like(color):
        r, g, b = (_to_int(c, color) for c in color[:3])
        if len(color) == 3:
            return f"rgb({r}, {g}, {b})"
        return f"rgba({r}, {g}, {b}, {_to_fraction(color[3], color)})"
    raise StreamlitInvalidColorError(color)


def to_int_color_tuple(color: Any) -> tuple[int, ...]:
    """(r, g, b, a) with 0..255 ints, from a hex string or a tuple (st.map's colors)."""
    if is_hex_color_like(color):
        digits = color[1:]
        if len(digits) in (3, 4):
            digits = "".join(2 * d for d in digits)
        if len(digits) == 6:
            digits += "ff"
        try:
            return tuple(int(digits[i:i + 2], 16) for i in range(0, 8, 2))
        except ValueError as exc:
            raise StreamlitInvalidColorError(color) from exc
    if is_color_tuple_like(color):
        return tuple(_to_int(c, color) for c in color)
    raise StreamlitInvalidColorError(color)
