"""Public st commands of the 'layout' family: containers, columns, tabs, expanders, popovers,
forms, fragments and dialogs (st.empty and st.sidebar are the spine's)."""

from appwasm.elements.layout.containers import columns, container, expander, popover, tabs
from appwasm.elements.layout.dialog import dialog, experimental_dialog
from appwasm.elements.layout.form import form, form_submit_button
from appwasm.elements.layout.fragment import experimental_fragment, fragment

__all__ = [
    "columns", "container", "dialog", "expander", "experimental_dialog", "experimental_fragment", "form",
    "form_submit_button", "fragment", "popover", "tabs",
]
