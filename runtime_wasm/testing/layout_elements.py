"""AppTest block classes of the 'layout' family: Column, Tab, Expander, Popover, Form, Dialog.

As in Streamlit's element_tree, `at.columns`, `at.tabs` and `at.expander` list them; every block
exposes `.type` and `.children` and the typed accessors (`at.tabs[1].button[0]`...). Their
parameters are read-only properties (`Tab.label`, `Column.weight`...).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from appwasm.testing.element_tree import Block, register_block_class


def _field(name: str, cast: Callable[[Any], Any] = str, default: Any = None) -> property:
    """A read-only property for a field of the block's payload."""
    return property(lambda self: cast(self.node.get(name) if self.node.get(name) is not None else default),
                    doc=f"The block's `{name}`.")


class Column(Block):
    """A column of st.columns: `weight` (its share of the row) and `gap`."""

    type = "column"
    weight = _field("weight", float, 0.0)
    gap = _field("gap")
    vertical_alignment = _field("vertical_alignment")


class Tab(Block):
    """One tab of st.tabs."""

    type = "tab"
    label = _field("label")


class Expander(Block):
    """st.expander (`icon` is "" when there is none, as in Streamlit)."""

    type = "expander"
    label = _field("label")
    icon = _field("icon", str, "")
    expanded = _field("expanded", bool, False)

    @classmethod
    def for_node(cls, node: dict[str, Any]) -> type[Block]:
        # Streamlit's AppTest tells st.status from st.expander by the icon (both are
        # "expandable" blocks): an expander with an icon shows up as a status there, so here too.
        return ExpanderWithIcon if node.get("icon") else cls


class ExpanderWithIcon(Expander):
    """st.expander(icon=...), listed as a status (`at.status`) as Streamlit's AppTest does;
    its `state` raises ValueError, as there."""

    type = "status"

    @property
    def state(self) -> str:
        states = {"spinner": "running", ":material/check:": "complete", ":material/error:": "error"}
        if self.icon not in states:
            raise ValueError("Unknown Status state")
        return states[self.icon]


class Popover(Block):
    """st.popover."""

    type = "popover"
    label = _field("label")
    help = _field("help", str, "")
    disabled = _field("disabled", bool, False)


class Form(Block):
    """st.form (submit it by clicking its submit button: `at.button[i].click().run()`)."""

    type = "form"
    form_id = _field("form_id")
    clear_on_submit = _field("clear_on_submit", bool, False)
    enter_to_submit = _field("enter_to_submit", bool, True)


class Dialog(Block):
    """A dialog opened by a @st.dialog function (its elements are in the tree while it is open)."""

    type = "dialog"
    title = _field("title")
    width = _field("width")


register_block_class("column", Column, accessor="columns")
register_block_class("tab", Tab, accessor="tabs")
register_block_class("expander", Expander, accessor="expander")
register_block_class("popover", Popover)
register_block_class("form", Form)
register_block_class("dialog", Dialog)
