"""Turn an AppTest element tree into plain, comparable JSON (shared by both interpreters).

This module runs under real Streamlit's interpreter and under appwasm's, so it imports neither:
it reads the tree only through the AppTest surface both offer (`type`, `value`, `label`,
`children`...). Every place where the two *legitimately* differ is normalized here, each with
the reason; anything else is dumped as is, so a real difference shows up in the diff.
"""

from __future__ import annotations

import datetime as _dt
import enum
import hashlib
import math
import re
from typing import Any

# Attributes of Streamlit's documented element_tree classes (testing/v1/element_tree.py, 1.40),
# per element type. `value` and `key` are dumped for every element.
ELEMENT_ATTRS: dict[str, tuple[str, ...]] = {
    "button": ("label", "help", "form_id", "disabled"),
    "chat_input": ("placeholder", "disabled"),
    "checkbox": ("label", "help", "form_id", "disabled"),
    "toggle": ("label", "help", "form_id", "disabled"),
    "code": ("language", "show_line_numbers"),
    "color_picker": ("label", "help", "form_id", "disabled"),
    "date_input": ("label", "min", "max", "is_range", "help", "form_id", "disabled"),
    "exception": ("message", "is_markdown", "is_warning"),
    "title": ("tag", "anchor", "hide_anchor"),
    "header": ("tag", "anchor", "hide_anchor"),
    "subheader": ("tag", "anchor", "hide_anchor"),
    "json": ("expanded",),
    "markdown": ("is_caption", "allow_html"),
    "caption": ("is_caption", "allow_html"),
    "divider": ("is_caption", "allow_html"),
    "latex": ("is_caption", "allow_html"),
    "metric": ("label", "delta", "color", "help"),
    "button_group": ("form_id", "disabled"),
    "multiselect": ("label", "options", "max_selections", "help", "form_id", "disabled", "indices"),
    "number_input": ("label", "min", "max", "step", "help", "form_id", "disabled"),
    "radio": ("label", "options", "horizontal", "help", "form_id", "disabled", "index"),
    "selectbox": ("label", "options", "help", "form_id", "disabled", "index"),
    "select_slider": ("label", "options", "help", "form_id", "disabled"),
    "slider": ("label", "min", "max", "step", "help", "form_id", "disabled"),
    "text": (),
    "text_area": ("label", "max_chars", "placeholder", "help", "form_id", "disabled"),
    "text_input": ("label", "max_chars", "autocomplete", "placeholder", "help", "form_id", "disabled"),
    "time_input": ("label", "step", "help", "form_id", "disabled"),
    "toast": ("icon",),
    "error": ("icon",),
    "warning": ("icon",),
    "info": ("icon",),
    "success": ("icon",),
}

# Block attributes of Streamlit's documented block classes (Column, Expander, Status, Tab,
# ChatMessage); other blocks are compared by type and children only, plus the facts the
# adapters below read from each side's payload.
BLOCK_ATTRS: dict[str, tuple[str, ...]] = {
    "column": ("weight", "gap"),
    "expander": ("label", "icon"),
    "status": ("label", "icon", "state"),
    "tab": ("label",),
    "chat_message": ("name", "avatar"),
}

_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{4,}\b")
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
_DATETIME = re.compile(r"\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?")


class Normalizer:
    """Normalizes one app's values: its folder path, memory addresses, uuids, wall-clock times."""

    def __init__(self, app_dir: str) -> None:
        self.app_dir = app_dir

    def text(self, s: str) -> str:
        # The app's absolute folder differs between checkouts: show it as <app>.
        if self.app_dir:
            s = s.replace(self.app_dir, "<app>")
        # Memory addresses in default reprs (<Foo object at 0x7f...>) differ between processes.
        s = _ADDRESS.sub("0x?", s)
        # Random uuids (file ids, request ids) differ between runs.
        s = _UUID.sub("<uuid>", s)
        # A datetime with seconds in text is the wall clock of the run (datetime.now()).
        return _DATETIME.sub("<datetime>", s)

    def value(self, v: Any, depth: int = 0) -> Any:
        """A JSON-able, tagged form of `v` (tuples stay distinct from lists, dates are tagged)."""
        if depth > 12:
            return "<too deep>"
        if v is None or isinstance(v, bool):
            return v
        if isinstance(v, enum.Enum):
            return {"enum": f"{type(v).__name__}.{v.name}"}
        if isinstance(v, int):
            return v
        if isinstance(v, float):
            if math.isnan(v) or math.isinf(v):
                return {"float": repr(v)}
            return v
        if isinstance(v, str):
            return self.text(v)
        if isinstance(v, (bytes, bytearray, memoryview)):
            data = bytes(v)
            return {"bytes": len(data), "sha1": hashlib.sha1(data).hexdigest()[:12]}
        if isinstance(v, _dt.datetime):
            return {"datetime": v.isoformat()}
        if isinstance(v, _dt.date):
            return {"date": v.isoformat()}
        if isinstance(v, _dt.time):
            return {"time": v.isoformat()}
        if isinstance(v, _dt.timedelta):
            return {"timedelta": v.total_seconds()}
        if isinstance(v, tuple):
            return {"tuple": [self.value(x, depth + 1) for x in v]}
        if isinstance(v, list):
            return [self.value(x, depth + 1) for x in v]
        if isinstance(v, (set, frozenset)):
            items = [self.value(x, depth + 1) for x in v]
            return {type(v).__name__: sorted(items, key=repr)}
        if isinstance(v, dict):
            return {"dict": [[self.value(k, depth + 1), self.value(x, depth + 1)] for k, x in v.items()]}
        if _is_uploaded_file(v):
            data = v.getvalue()
            # file_id is a random id on both sides.
            return {"file": self.text(v.name), "mime": v.type, "size": v.size,
                    "sha1": hashlib.sha1(data).hexdigest()[:12]}
        return {"object": type(v).__name__, "repr": self.text(repr(v))}


def _is_uploaded_file(v: Any) -> bool:
    return all(hasattr(v, name) for name in ("name", "type", "size", "getvalue", "file_id"))


def attr(obj: Any, name: str, norm: Normalizer) -> Any:
    """obj.<name>, normalized; a failure to read it is part of the dump (it is a difference)."""
    try:
        return norm.value(getattr(obj, name))
    except Exception as exc:  # noqa: BLE001 - reported, not hidden
        return {"unreadable": type(exc).__name__}


def call(fn: Any, norm: Normalizer) -> Any:
    try:
        return norm.value(fn())
    except Exception as exc:  # noqa: BLE001
        return {"unreadable": type(exc).__name__}
