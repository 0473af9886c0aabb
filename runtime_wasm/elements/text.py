"""Text elements: title, header, subheader, markdown, caption, latex, text, code, divider."""

from __future__ import annotations

from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements._util import clean_text
from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context

_DIVIDER_COLORS = ("blue", "green", "orange", "red", "violet")
_NAMED_DIVIDERS = {"blue", "green", "orange", "red", "violet", "gray", "grey", "rainbow"}


def _anchor(anchor: str | Literal[False] | None) -> str | None:
    if anchor is False:
        return ""
    if anchor is None:
        return None
    if not isinstance(anchor, str):
        raise StreamlitAPIException(f"Anchor parameter has invalid value: {anchor}. Supported values: None, any string or False")
    return anchor


def _divider(divider: bool | str) -> str:
    if divider is False or divider is None:
        return ""
    if divider is True:
        # Streamlit rotates the colors of `divider=True` headings within a run.
        ctx = get_run_context()
        count = ctx.scratch.get("divider_count", 0) if ctx else 0
        if ctx:
            ctx.scratch["divider_count"] = count + 1
        return _DIVIDER_COLORS[count % len(_DIVIDER_COLORS)]
    if isinstance(divider, str) and divider in _NAMED_DIVIDERS:
        return "gray" if divider == "grey" else divider
    raise StreamlitAPIException(
        f"Divider parameter has invalid value: `{divider}`. Please choose from: "
        f"{', '.join(sorted(_NAMED_DIVIDERS))} or True."
    )


def _heading(dg: DeltaGenerator, level: str, body: Any, anchor: Any, help: str | None, divider: Any) -> DeltaGenerator:
    return dg._enqueue_element({
        "type": "heading", "level": level, "body": clean_text(body), "anchor": _anchor(anchor),
        "help": help, "divider": _divider(divider),
    })


@dg_command
def title(dg: DeltaGenerator, body: Any, anchor: str | Literal[False] | None = None, *, help: str | None = None) -> DeltaGenerator:
    """Display text in title formatting (an <h1>). `body` is markdown; `anchor` the link id."""
    return _heading(dg, "title", body, anchor, help, False)


@dg_command
def header(dg: DeltaGenerator, body: Any, anchor: str | Literal[False] | None = None, *, help: str | None = None,
           divider: bool | str = False) -> DeltaGenerator:
    """Display text in header formatting (an <h2>), optionally with a colored divider below."""
    return _heading(dg, "header", body, anchor, help, divider)


@dg_command
def subheader(dg: DeltaGenerator, body: Any, anchor: str | Literal[False] | None = None, *, help: str | None = None,
              divider: bool | str = False) -> DeltaGenerator:
    """Display text in subheader formatting (an <h3>), optionally with a colored divider below."""
    return _heading(dg, "subheader", body, anchor, help, divider)


@dg_command
def markdown(dg: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None) -> DeltaGenerator:
    """Display a string formatted as CommonMark (GitHub-flavoured tables, colored text, emoji).

    Raw HTML in `body` is escaped unless `unsafe_allow_html=True`; even then it is sanitised
    (no scripts, no event handlers).
    """
    return dg._enqueue_element({
        "type": "markdown", "body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html),
        "help": help, "variant": "normal",
    })


@dg_command
def caption(dg: DeltaGenerator, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None) -> DeltaGenerator:
    """Display text in small font: for captions, asides, footnotes. `body` is markdown."""
    return dg._enqueue_element({
        "type": "markdown", "body": clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html),
        "help": help, "variant": "caption",
    })


@dg_command
def latex(dg: DeltaGenerator, body: Any, *, help: str | None = None) -> DeltaGenerator:
    r"""Display mathematical expressions formatted as LaTeX (KaTeX's supported functions).

    `body`: LaTeX source, or a SymPy expression (converted with `sympy.latex`)::

        st.latex(r"a + ar + a r^2 + \cdots + a r^{n-1} = \sum_{k=0}^{n-1} ar^k")
    """
    if type(body).__module__.startswith("sympy.") and hasattr(body, "free_symbols"):
        import sympy

        body = sympy.latex(body)
    return dg._enqueue_element({
        "type": "markdown", "body": "$$\n%s\n$$" % clean_text(body), "unsafe_allow_html": False,
        "help": help, "variant": "latex",
    })


@dg_command
def text(dg: DeltaGenerator, body: Any, *, help: str | None = None) -> DeltaGenerator:
    """Write text without markdown interpretation, in a fixed-width font."""
    return dg._enqueue_element({"type": "text", "body": clean_text(body), "help": help})


@dg_command
def code(dg: DeltaGenerator, body: Any, language: str | None = "python", *, line_numbers: bool = False,
         wrap_lines: bool = False) -> DeltaGenerator:
    """Display a code block with syntax highlighting and a copy button. `language=None`: plain."""
    return dg._enqueue_element({
        "type": "code", "body": clean_text(body), "language": language or None,
        "line_numbers": bool(line_numbers), "wrap_lines": bool(wrap_lines),
    })


@dg_command
def divider(dg: DeltaGenerator) -> DeltaGenerator:
    """Display a horizontal rule."""
    return dg._enqueue_element({"type": "divider"})
