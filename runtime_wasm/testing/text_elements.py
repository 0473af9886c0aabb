"""AppTest classes of the text elements (Streamlit's element_tree names): Markdown, Caption,
Divider, Text, Code, Json, the headings, the alerts and Exception."""

from __future__ import annotations

from appwasm.testing.element_tree import Element, register_element_class


class Markdown(Element):
    type = "markdown"

    @property
    def allow_html(self) -> bool:
        return bool(self.node.get("unsafe_allow_html"))

    @property
    def is_caption(self) -> bool:
        return self.node.get("variant") == "caption"

    @property
    def help(self) -> str:
        return self.node.get("help") or ""


class Caption(Markdown):
    type = "caption"


class Divider(Markdown):
    type = "divider"

    @property
    def allow_html(self) -> bool:
        return False

    @property
    def value(self) -> str:
        return "---"


class Empty(Element):
    type = "empty"

    @property
    def value(self) -> None:
        return None


class Text(Element):
    type = "text"


class Code(Element):
    type = "code"

    @property
    def language(self) -> str:
        # Streamlit's proto field: "plaintext" for language=None.
        return self.node.get("language") or "plaintext"

    @property
    def show_line_numbers(self) -> bool:
        return bool(self.node.get("line_numbers"))

    @property
    def wrap_lines(self) -> bool:
        return bool(self.node.get("wrap_lines"))


class Json(Element):
    type = "json"

    @property
    def expanded(self) -> bool:
        # Streamlit's proto: `expanded` is True for a depth (kept in max_expand_depth).
        expanded = self.node.get("expanded", True)
        return True if not isinstance(expanded, bool) else expanded

    @property
    def max_expand_depth(self) -> int | None:
        expanded = self.node.get("expanded", True)
        return None if isinstance(expanded, bool) else int(expanded)


class HeadingBase(Element):
    @property
    def tag(self) -> str:
        return {"title": "h1", "header": "h2", "subheader": "h3"}[str(self.node.get("level"))]

    @property
    def anchor(self) -> str:
        """The anchor the script gave ("" when none was given, as in Streamlit)."""
        return self.node.get("anchor") or ""

    @property
    def hide_anchor(self) -> bool:
        return self.node.get("anchor") == ""  # anchor=False

    @property
    def help(self) -> str:
        return self.node.get("help") or ""

    @property
    def divider(self) -> str:
        return self.node.get("divider") or ""


class Title(HeadingBase):
    type = "title"


class Header(HeadingBase):
    type = "header"


class Subheader(HeadingBase):
    type = "subheader"


class AlertBase(Element):
    @property
    def icon(self) -> str:
        return self.node.get("icon") or ""


class Error(AlertBase):
    type = "error"


class Warning(AlertBase):
    type = "warning"


class Info(AlertBase):
    type = "info"


class Success(AlertBase):
    type = "success"


class Exception(Element):  # noqa: A001 - Streamlit's name
    type = "exception"

    @property
    def value(self) -> str:
        return str(self.node.get("message"))

    @property
    def message(self) -> str:
        return str(self.node.get("message"))

    @property
    def is_markdown(self) -> bool:
        return bool(self.node.get("message_is_markdown"))

    @property
    def exc_type(self) -> str:
        return str(self.node.get("exc_type"))

    @property
    def stack_trace(self) -> list[str]:
        return [f'File "{f["filename"]}", line {f["lineno"]}, in {f["name"]}' for f in self.node.get("frames", [])]

    @property
    def is_warning(self) -> bool:
        return bool(self.node.get("is_warning"))


for _cls in (Title, Header, Subheader, Markdown, Caption, Divider, Empty, Text, Code, Json, Error, Warning, Info,
             Success, Exception):
    register_element_class(_cls.type, _cls)
