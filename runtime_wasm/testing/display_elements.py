"""AppTest element classes of the 'display' family (registered with element_tree.register_element_class).

Streamlit's names where its element tree has them (Latex, Toast, Status); the others (Progress,
Image, Audio, Video, Html, Iframe, DocString) expose their payload the same way.
"""

from __future__ import annotations

from typing import Any

from appwasm.testing import element_tree
from appwasm.testing.element_tree import Block, Element, register_element_class
from appwasm.testing.text_elements import Markdown


class Latex(Markdown):
    """st.latex: `value` is the markdown body, "$$\\n<latex>\\n$$" (as in Streamlit)."""

    type = "latex"


class Toast(Element):
    """st.toast: `value` is the message; `icon` the emoji or Material icon."""

    type = "toast"

    @property
    def icon(self) -> str:
        return self.node.get("icon") or ""


class Progress(Element):
    """st.progress: `value` is the percentage (0-100); `text` the message above the bar."""

    type = "progress"

    @property
    def value(self) -> int:
        return int(self.node["value"])

    @property
    def text(self) -> str | None:
        return self.node.get("text")


class Spinner(Element):
    type = "spinner"

    @property
    def value(self) -> str:
        return str(self.node["text"])


class Celebration(Element):
    """st.balloons / st.snow."""

    @property
    def value(self) -> None:
        return None


class _Media(Element):
    def _source_bytes(self, source: dict[str, Any]) -> bytes | None:
        media = source.get("media")
        if media is None:
            return None
        return self.root._media_bytes(media["hash"])

    @property
    def url(self) -> str | None:
        return self.node["source"].get("url")

    @property
    def mimetype(self) -> str | None:
        media = self.node["source"].get("media")
        return media["mimetype"] if media else None

    @property
    def value(self) -> Any:
        """The bytes shown (or the URL, for a URL)."""
        return self._source_bytes(self.node["source"]) or self.url


class Image(Element):
    """st.image: `images` lists (bytes or URL, mimetype, caption); `width` is Streamlit's.

    Its type is "imgs", Streamlit's name (`at.get("imgs")`); `at.image` lists them too."""

    type = "imgs"

    @property
    def width(self) -> int:
        return int(self.node["width"])

    @property
    def captions(self) -> list[str | None]:
        return [item["caption"] for item in self.node["images"]]

    @property
    def images(self) -> list[dict[str, Any]]:
        result = []
        for item in self.node["images"]:
            media = item["source"].get("media")
            result.append({
                "url": item["source"].get("url"), "caption": item["caption"],
                "mimetype": media["mimetype"] if media else None,
                "data": self.root._media_bytes(media["hash"]) if media else None,
            })
        return result

    @property
    def value(self) -> list[Any]:
        return [img["data"] if img["data"] is not None else img["url"] for img in self.images]


class Audio(_Media):
    type = "audio"


class Video(_Media):
    type = "video"

    @property
    def subtitles(self) -> dict[str, str]:
        return {t["label"]: (self.root._media_bytes(t["media"]["hash"]) or b"").decode() for t in self.node["subtitles"]}


class Html(Element):
    type = "html"


class Iframe(Element):
    type = "iframe"

    @property
    def value(self) -> str | None:
        return self.node.get("srcdoc") or self.node.get("src")


class DocString(Element):
    """st.help: `value` is the docstring; `name`, `type_name`, `members` the rest."""

    type = "doc_string"

    @property
    def value(self) -> str:
        return str(self.node["doc"])

    @property
    def doc_string(self) -> str:
        """The docstring ("" when there is none); Streamlit's proto field name."""
        return str(self.node["doc"])

    @property
    def name(self) -> str:
        """The expression st.help was given ("" when there is none, as in Streamlit)."""
        return self.node.get("name") or ""

    @property
    def members(self) -> list[dict[str, Any]]:
        return list(self.node["members"])


class Status(Block):
    """st.status: a container with `label`, `state` ("running", "complete", "error") and `icon`."""

    type = "status"

    @property
    def label(self) -> str:
        return str(self.node.get("label"))

    @property
    def state(self) -> str:
        return str(self.node.get("state"))

    @property
    def icon(self) -> str:
        return {"running": "spinner", "complete": ":material/check:", "error": ":material/error:"}[self.state]

    @property
    def expanded(self) -> bool | None:
        return self.node.get("expanded")


for _name, _cls in (("latex", Latex), ("toast", Toast), ("progress", Progress), ("spinner", Spinner),
                    ("balloons", Celebration), ("snow", Celebration), ("audio", Audio),
                    ("video", Video), ("html", Html), ("iframe", Iframe), ("doc_string", DocString)):
    register_element_class(_name, _cls)
register_element_class("doc_string", DocString, accessor="help")
register_element_class("imgs", Image, accessor="image")
# Blocks have no registration helper: the tables are the extension point.
element_tree.BLOCK_CLASSES["status"] = Status
element_tree._ACCESSOR_TYPES["status"] = "status"
