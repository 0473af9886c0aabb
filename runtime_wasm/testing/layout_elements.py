"""AppTest block classes of the 'layout' family: Column, Tab, Expander, Popover, Form, Dialog.

As in Streamlit's element_tree, `at.columns`, `at.tabs` and `at.expander` list them; every block
exposes `.type` and `.children` and the typed accessors (`at.tabs[1].button[0]`...).
"""

from __future__ import annotations

from appwasm.testing.element_tree import Block, register_block_class


class Column(Block):
    """A column of st.columns: `weight` (its share of the row) and `gap`."""

    type = "column"

    @property
    def weight(self) -> float:
        return float(self.node.get("weight", 0))

    @property
    def gap(self) -> str:
        return str(self.node.get("gap"))

    @property
    def vertical_alignment(self) -> str:
        return str(self.node.get("vertical_alignment"))


class Tab(Block):
    """One tab of st.tabs."""

    type = "tab"

    @property
    def label(self) -> str:
        return str(self.node.get("label"))


class Expander(Block):
    """st.expander."""

    type = "expander"

    @property
    def label(self) -> str:
        return str(self.node.get("label"))

    @property
    def icon(self) -> str:
        return self.node.get("icon") or ""

    @property
    def expanded(self) -> bool:
        return bool(self.node.get("expanded"))


class Popover(Block):
    """st.popover."""

    type = "popover"

    @property
    def label(self) -> str:
        return str(self.node.get("label"))

    @property
    def help(self) -> str:
        return self.node.get("help") or ""

    @property
    def disabled(self) -> bool:
        return bool(self.node.get("disabled"))


class Form(Block):
    """st.form (submit it by clicking its submit button: `at.button[i].click().run()`)."""

    type = "form"

    @property
    def form_id(self) -> str:
        return str(self.node.get("form_id"))

    @property
    def clear_on_submit(self) -> bool:
        return bool(self.node.get("clear_on_submit"))

    @property
    def enter_to_submit(self) -> bool:
        return bool(self.node.get("enter_to_submit"))


class Dialog(Block):
    """A dialog opened by a @st.dialog function (its elements are in the tree while it is open)."""

    type = "dialog"

    @property
    def title(self) -> str:
        return str(self.node.get("title"))

    @property
    def width(self) -> str:
        return str(self.node.get("width"))


register_block_class("column", Column, accessor="columns")
register_block_class("tab", Tab, accessor="tabs")
register_block_class("expander", Expander, accessor="expander")
register_block_class("popover", Popover)
register_block_class("form", Form)
register_block_class("dialog", Dialog)
