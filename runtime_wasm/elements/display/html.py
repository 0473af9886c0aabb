"""st.html and the iframes of st.components.v1 (html, iframe): always in sandboxed iframes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements._util import clean_text
from appwasm.elements.display._media import resolve_path

# Streamlit's default height of component iframes, in pixels.
DEFAULT_IFRAME_HEIGHT = 150


def _is_file(body: Any) -> bool:
    if not isinstance(body, str) or "\n" in body or len(body) > 4096 or "<" in body:
        return False
    try:
        return os.path.isfile(resolve_path(body))
    except (OSError, ValueError):
        return False


@dg_command
def html(dg: DeltaGenerator, body: Any) -> DeltaGenerator:
    """Insert HTML into the app. `body` is HTML text, a path to an .html file, or an object with
    `_repr_html_`. It is shown in a sandboxed frame sized to its content; JavaScript in it does
    not run (use st.components.v1.html for that)."""
    if isinstance(body, Path) or _is_file(body):
        with open(resolve_path(body), encoding="utf-8") as f:
            text = f.read()
    elif not isinstance(body, str) and callable(getattr(body, "_repr_html_", None)):
        text = str(body._repr_html_())
    else:
        text = clean_text(body)
    return dg._enqueue_element({"type": "html", "body": text})


def _iframe_node(src: str | None, srcdoc: str | None, width: int | None, height: int | None,
                 scrolling: bool) -> dict[str, Any]:
    return {
        "type": "iframe", "src": src, "srcdoc": srcdoc, "width": None if width is None else int(width),
        "height": DEFAULT_IFRAME_HEIGHT if height is None else int(height), "scrolling": bool(scrolling),
    }


@dg_command
def _html(dg: DeltaGenerator, html: str, width: int | None = None, height: int | None = None,
          scrolling: bool = False) -> DeltaGenerator:
    """st.components.v1.html: `html` in a sandboxed iframe where its scripts run."""
    return dg._enqueue_element(_iframe_node(None, str(html), width, height, scrolling))


@dg_command
def _iframe(dg: DeltaGenerator, src: str, width: int | None = None, height: int | None = None,
            scrolling: bool = False) -> DeltaGenerator:
    """st.components.v1.iframe: the page at `src` in a sandboxed iframe."""
    return dg._enqueue_element(_iframe_node(str(src), None, width, height, scrolling))
