"""st.set_page_config: the tab's title and icon, the layout, the sidebar's first state.

As in Streamlit, it must be the first command that draws anything in a run, and can be
called once per run; otherwise StreamlitSetPageConfigMustBeFirstCommandError.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import random
import unicodedata
from collections.abc import Mapping
from textwrap import dedent
from typing import Any, Literal
from urllib.parse import urlparse

from appwasm.elements._util import validate_icon
from appwasm.errors import (
    StreamlitInvalidMenuItemKeyError,
    StreamlitInvalidPageLayoutError,
    StreamlitInvalidSidebarStateError,
    StreamlitInvalidURLError,
    StreamlitSetPageConfigMustBeFirstCommandError,
)
from appwasm.runner.context import get_run_context

GET_HELP_KEY = "get help"
REPORT_A_BUG_KEY = "report a bug"
ABOUT_KEY = "about"

# For page_icon="random" (Streamlit draws from a long list; any emoji will do).
_RANDOM_EMOJIS = list("🔥🎉🚀🌌💣✨🌙🎆🎇💥🤩🤙🌛🤘💡🤪🥂⚡💨🌠🎊🍿😛🔮🤟🌃🍃🍾💫🌴🎈🎬🌀🎄😝☔🍂💃😎🍸🎨🥳😍🌞😻🌟")

# Shortcodes whose emoji's Unicode name is not the shortcode itself (the others resolve
# through unicodedata: ":shark:" -> SHARK).
_SHORTCODE_ALIASES = {
    "smile": "😄", "smiley": "😃", "grinning": "😀", "laughing": "😆", "joy": "😂", "wink": "😉",
    "blush": "😊", "heart_eyes": "😍", "sunglasses": "😎", "thinking": "🤔", "thinking_face": "🤔",
    "+1": "👍", "thumbsup": "👍", "-1": "👎", "thumbsdown": "👎", "heart": "❤️", "tada": "🎉",
    "sparkles": "✨", "star": "⭐", "zap": "⚡", "boom": "💥", "bulb": "💡", "memo": "📝",
    "chart_with_upwards_trend": "📈", "chart_with_downwards_trend": "📉", "bar_chart": "📊",
    "white_check_mark": "✅", "heavy_check_mark": "✔️", "x": "❌", "warning": "⚠️", "snake": "🐍",
    "computer": "💻", "earth_americas": "🌎", "globe_with_meridians": "🌐", "balloon": "🎈",
    "wave": "👋", "clap": "👏", "eyes": "👀", "100": "💯", "house": "🏠", "gear": "⚙️", "lock": "🔒",
    "mag": "🔍", "books": "📚", "book": "📖", "moneybag": "💰", "dollar": "💵", "car": "🚗",
    "smiley_cat": "😺", "robot_face": "🤖", "robot": "🤖", "brain": "🧠", "cat": "🐱", "dog": "🐶",
}


def _is_url(text: str, schemes: tuple[str, ...] = ("http", "https")) -> bool:
    try:
        parsed = urlparse(text)
    except ValueError:
        return False
    return parsed.scheme in schemes and bool(parsed.netloc or parsed.scheme == "mailto")


def _shortcode_emoji(text: str) -> str | None:
    if not (len(text) > 2 and text.startswith(":") and text.endswith(":")):
        return None
    name = text[1:-1]
    if name in _SHORTCODE_ALIASES:
        return _SHORTCODE_ALIASES[name]
    try:
        return unicodedata.lookup(name.replace("_", " ").upper())
    except KeyError:
        return None


def _image_data_url(data: bytes, mimetype: str | None) -> str:
    return f"data:{mimetype or 'image/png'};base64,{base64.b64encode(data).decode('ascii')}"


def _image_to_url(icon: Any) -> str | None:
    """A page_icon image (bytes, a file, a PIL image or an array) as a data: URL."""
    if isinstance(icon, (bytes, bytearray)):
        return _image_data_url(bytes(icon), None)
    if isinstance(icon, str):
        ctx = get_run_context()
        path = icon if os.path.isabs(icon) else os.path.join(ctx.app_root if ctx else ".", icon)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                return _image_data_url(f.read(), mimetypes.guess_type(path)[0])
        return None
    module = type(icon).__module__.split(".")[0]
    if module in ("PIL", "numpy"):
        import io

        from PIL import Image

        image = icon if module == "PIL" else Image.fromarray(icon)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return _image_data_url(buffer.getvalue(), "image/png")
    return None


def favicon_string(page_icon: Any) -> str:
    """What the renderer draws as the favicon: an emoji, a Material icon or an image URL."""
    if page_icon == "random":
        return random.choice(_RANDOM_EMOJIS)
    if isinstance(page_icon, str):
        emoji = _shortcode_emoji(page_icon.strip())
        if emoji is not None:
            return emoji
        if page_icon.startswith(":material"):
            return validate_icon(page_icon) or page_icon
        if _is_url(page_icon) or page_icon.startswith("data:"):
            return page_icon
        as_image = _image_to_url(page_icon)
        # A short string that is not a file is an emoji (Streamlit passes unknown strings on).
        return as_image if as_image is not None else page_icon
    url = _image_to_url(page_icon)
    if url is None:
        raise TypeError(f"page_icon of type {type(page_icon).__name__} is not an emoji, an icon or an image")
    return url


def _validate_menu_items(menu_items: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = {str(k).lower().strip(): v for k, v in menu_items.items()}
    for key, value in cleaned.items():
        if key not in (GET_HELP_KEY, REPORT_A_BUG_KEY, ABOUT_KEY):
            raise StreamlitInvalidMenuItemKeyError(key=key)
        if value is not None and key != ABOUT_KEY and not _is_url(value, ("http", "https", "mailto")):
            raise StreamlitInvalidURLError(url=value)
    if cleaned.get(ABOUT_KEY) is not None:
        cleaned[ABOUT_KEY] = dedent(cleaned[ABOUT_KEY])
    return cleaned


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: Literal["centered", "wide"] = "centered",
    initial_sidebar_state: Literal["auto", "expanded", "collapsed"] = "auto",
    menu_items: Mapping[str, str | None] | None = None,
) -> None:
    """Configure the page: the browser tab's title and favicon, the layout, the sidebar.

    Must be the first Streamlit command that draws something, once per run.
    `page_icon` is an emoji, an emoji shortcode (":shark:"), "random", a Material icon
    (":material/thumb_up:") or an image (a file of the app, bytes, a URL, a PIL image or
    an array). `layout` is "centered" or "wide"; `initial_sidebar_state` "auto",
    "expanded" or "collapsed". `menu_items` ("Get help", "Report a bug", "About") is
    validated as in Streamlit; the page has no app menu to show it in.
    """
    title = str(page_title) if page_title is not None else None
    icon = favicon_string(page_icon) if page_icon is not None else None
    if layout not in ("centered", "wide"):
        raise StreamlitInvalidPageLayoutError(layout=layout)
    if initial_sidebar_state not in ("auto", "expanded", "collapsed"):
        raise StreamlitInvalidSidebarStateError(initial_sidebar_state=initial_sidebar_state)
    if menu_items is not None:
        _validate_menu_items(menu_items)
    ctx = get_run_context()
    if ctx is None:
        return
    if ctx.page_config_set or ctx.delta_count > ctx.script_start_delta:
        raise StreamlitSetPageConfigMustBeFirstCommandError()
    ctx.page_config_set = True
    ctx.post({"type": "page_config", "title": title, "icon": icon, "layout": layout,
              "initial_sidebar_state": initial_sidebar_state})
