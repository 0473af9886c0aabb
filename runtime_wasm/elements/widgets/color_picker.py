"""st.color_picker."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.widgets._common import Widget
from appwasm.errors import StreamlitAPIException

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


@dg_command
def color_picker(
    dg: DeltaGenerator,
    label: str,
    value: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> str:
    """Display a color picker. Returns the color as a hex string ("#rrggbb" once picked);
    `value` ("#rgb" or "#rrggbb") defaults to black."""
    widget = Widget(dg, "color_picker", label, key=key, help=help, disabled=disabled,
                    label_visibility=label_visibility, on_change=on_change, args=args, kwargs=kwargs)
    identity_value = value
    if value is None:
        value = "#000000"
    # Streamlit's messages, indentation included.
    if not isinstance(value, str):
        raise StreamlitAPIException(
            "\n                Color Picker Value has invalid type: %s. Expects a hex string\n"
            "                like '#00FFAA' or '#000'.\n                " % type(value).__name__
        )
    if not _HEX.match(value):
        raise StreamlitAPIException(
            "\n                '%s' is not a valid hex code for colors. Valid ones are like\n"
            "                '#00FFAA' or '#000'.\n                " % value
        )
    registered = widget.register(
        default=value, identity_params={"value": identity_value, "help": help},
        explicit_default=identity_value is not None,
    )
    widget.enqueue("color_picker", value=str(registered.wire))
    return registered.value
