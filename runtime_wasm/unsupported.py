"""A clear "not supported yet" for Streamlit names appwasm does not implement.

A real Streamlit app that calls such a name gets an error element at that spot, and the rest
of its run goes on; it never sees an AttributeError from deep inside the runtime. Names that
are not Streamlit's at all still raise AttributeError, as Python would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from appwasm.delta_generator import DeltaGenerator

# Every public top-level name of `streamlit` (release line 1.39-1.40; shared/STREAMLIT_API.md).
STREAMLIT_NAMES = frozenset(
    """Page __version__ altair_chart area_chart audio audio_input balloons bar_chart bokeh_chart button cache
    cache_data cache_resource camera_input caption chat_input chat_message checkbox code color_picker
    column_config columns components connection connections container context data_editor dataframe
    date_input dialog divider download_button echo empty error exception expander experimental_audio_input
    experimental_dialog experimental_fragment experimental_get_query_params experimental_set_query_params
    experimental_user feedback file_uploader form form_submit_button fragment get_option graphviz_chart header
    help html image info json latex line_chart link_button logo map markdown metric multiselect navigation
    number_input page_link pills plotly_chart popover progress pydeck_chart pyplot query_params radio rerun
    scatter_chart secrets segmented_control select_slider selectbox session_state set_option set_page_config
    sidebar slider snow spinner status stop subheader success switch_page table tabs text text_area
    text_input time_input title toast toggle vega_lite_chart video warning write write_stream""".split()
)

# Names that are not element commands, so `st.sidebar.<name>` is not a thing in Streamlit either.
_NOT_ON_CONTAINERS = frozenset(
    """Page __version__ cache cache_data cache_resource column_config components connection connections
    context experimental_get_query_params experimental_set_query_params experimental_user fragment
    get_option navigation query_params rerun secrets session_state set_option set_page_config sidebar stop
    switch_page dialog experimental_dialog experimental_fragment logo""".split()
)


class UnsupportedName:
    """Stands in for st.X: calling it shows the error in place; attributes chain (st.X.Y(...))."""

    def __init__(self, qualified: str, dg: DeltaGenerator | None) -> None:
        self._qualified = qualified
        self._dg = dg

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        from appwasm.delta_generator import active_dg
        from appwasm.elements.alerts import show_error_markdown

        dg = self._dg if self._dg is not None else active_dg()
        show_error_markdown(
            dg,
            f"`{self._qualified}` is not supported yet by appwasm. The rest of the app keeps running; "
            f"see the list of supported commands in appwasm's README.",
        )
        return None

    def __getattr__(self, name: str) -> UnsupportedName:
        if name.startswith("__"):
            raise AttributeError(name)
        return UnsupportedName(f"{self._qualified}.{name}", self._dg)

    def __enter__(self) -> UnsupportedName:
        return self

    def __exit__(self, *exc: object) -> bool:
        return False

    def __iter__(self):  # `a, b = st.unsupported_layout(2)` still unpacks into stand-ins
        return iter([self, self])

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return f"<unsupported {self._qualified}>"


def unsupported_command(name: str, dg: DeltaGenerator | None) -> UnsupportedName:
    """The stand-in for a Streamlit name appwasm lacks; AttributeError for any other name."""
    if name not in STREAMLIT_NAMES or (dg is not None and name in _NOT_ON_CONTAINERS):
        owner = "DeltaGenerator" if dg is not None else "appwasm"
        raise AttributeError(f"'{owner}' object has no attribute '{name}'")
    prefix = "st.sidebar." if dg is not None and dg.root == 1 else "st."
    return UnsupportedName(prefix + name, dg)
