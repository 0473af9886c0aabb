"""pandas Styler -> display strings and cell styles, as extra columns of the frame.

What is kept, as Streamlit keeps it: the Styler's display values (its `format`), and per-cell
background color, text color and font weight/style/decoration. Each styled column gets a
"style" column of indices into the frame's `styles` table (-1: no style), so a style repeated
on many cells travels once. CSS values are applied by the renderer with
`style.setProperty`, property by property, so they can never become markup.
"""

from __future__ import annotations

from typing import Any

from appwasm.frames.codec import FrameBuilder, int_type

# CSS properties a Styler may set that the grid applies ("background" is read as a color).
ALLOWED_PROPS = {"background-color", "background", "color", "font-weight", "font-style", "text-decoration"}


def _cell_props(declarations: list[tuple[str, str]]) -> dict[str, str]:
    props: dict[str, str] = {}
    for prop, value in declarations:
        prop = str(prop).strip().lower()
        if prop in ALLOWED_PROPS:
            props["background-color" if prop == "background" else prop] = str(value).strip()
    return props


def encode_styler(builder: FrameBuilder, styler: Any, df: Any) -> None:
    """Append the Styler's display and style columns (targets: data column positions)."""
    import numpy as np

    styler._compute()
    n_rows, n_cols = df.shape
    ctx = styler.ctx
    funcs = styler._display_funcs
    for c in range(n_cols):
        column = df.iloc[:, c]
        display = [str(funcs[(r, c)](column.iat[r])) for r in range(n_rows)]
        col = _strings(builder, display)
        col.update({"role": "display", "target": c})
        builder.columns.append(col)
        ids = np.full(n_rows, -1, dtype=np.int32)
        styled = False
        for r in range(n_rows):
            declarations = ctx.get((r, c))
            if declarations:
                props = _cell_props(declarations)
                if props:
                    ids[r] = builder.style_id(props)
                    styled = True
        if styled:
            builder.columns.append(builder.column(f"style:{c}", int_type(32), n_rows, data=ids, role="style", target=c))


def _strings(builder: FrameBuilder, strings: list[str]) -> Any:
    from appwasm.frames.codec import LARGE_UTF8, UTF8
    from appwasm.frames.columns_numpy import utf8_buffers

    offsets, data, large = utf8_buffers(strings)
    return builder.column("display", LARGE_UTF8 if large else UTF8, len(strings), offsets=offsets, data=data)
