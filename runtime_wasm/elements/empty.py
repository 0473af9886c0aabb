"""st.empty: a single-element slot."""

from __future__ import annotations

from appwasm.delta_generator import DeltaGenerator, dg_command


@dg_command
def empty(dg: DeltaGenerator) -> DeltaGenerator:
    """Insert an empty slot. Each element written into it replaces the previous one:

        placeholder = st.empty()
        placeholder.text("working...")
        placeholder.success("done")   # replaces the text, in place

    `placeholder.empty()` clears it; `with placeholder.container():` holds several elements.
    """
    return dg._enqueue_element({"type": "empty"})
