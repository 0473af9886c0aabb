"""AppTest element classes of the 'data' family (registered with element_tree.register_element_class).

As in Streamlit's element_tree: `at.dataframe[i].value` and `at.table[i].value` are pandas
DataFrames (the data as sent, with rows added by add_rows), `at.metric[i]` has `value` (the
formatted body), `label`, `delta`, `color` and `help`. A dataframe with selections or a data
editor is also a widget here: `set_value(state)` queues a selection or editing state.
"""

from __future__ import annotations

from typing import Any

from appwasm.frames.transport import archived_frame
from appwasm.testing.element_tree import Element, register_element_class


class _FrameElement(Element):
    def _frames(self) -> list[Any]:
        session = self.root._session
        frames = [archived_frame(session, ref["hash"]) for ref in self.node.get("frames", [])]
        if any(f is None for f in frames):
            raise LookupError("the frame of this element is no longer held by the session")
        return frames

    @property
    def value(self) -> Any:
        """The data as a pandas DataFrame."""
        from appwasm.frames.decode import decode_frame

        frames = self._frames()
        return decode_frame(frames[0], frames=frames)


class Dataframe(_FrameElement):
    """st.dataframe and st.data_editor (Streamlit's type name: "arrow_data_frame")."""

    type = "arrow_data_frame"

    def __init__(self, node: dict[str, Any], root: Any, path: tuple[int, ...]) -> None:
        super().__init__(node, root, path)
        self.id: str = node.get("id", "")
        spec = root.session_state_raw.widget_spec(self.id) if self.id else None
        self.key = spec.key if spec else None
        self._spec = spec

    @property
    def selection(self) -> Any:
        """The widget value (selection state or editing state), None when not a widget."""
        if self._spec is None:
            return None
        state = self.root.session_state_raw
        return state[self.id]

    def set_value(self, value: Any) -> Dataframe:
        """Queue a selection state ({"selection": {...}}) or an editing state for the next run."""
        if self._spec is None:
            raise TypeError("this dataframe is not a widget (pass on_select, or use st.data_editor)")
        self.root._pending[self.id] = self._spec.serialize(value)
        return self


class Table(_FrameElement):
    type = "arrow_table"


# Streamlit's MetricProto enums: color RED=0, GREEN=1, GRAY=2; direction DOWN=0, UP=1, NONE=2.
_COLORS = {"red": 0, "green": 1, "gray": 2}
_DIRECTIONS = {"down": 0, "up": 1, "none": 2}


class Metric(Element):
    type = "metric"

    @property
    def value(self) -> str:
        return str(self.node["body"])

    @property
    def label(self) -> str:
        return str(self.node["label"])

    @property
    def delta(self) -> str:
        return str(self.node["delta"])

    @property
    def color(self) -> int:
        return _COLORS[self.node["color"]]

    @property
    def direction(self) -> int:
        return _DIRECTIONS[self.node["direction"]]

    @property
    def help(self) -> str:
        return self.node.get("help") or ""


register_element_class("arrow_data_frame", Dataframe, accessor="dataframe")
register_element_class("arrow_table", Table, accessor="table")
register_element_class("metric", Metric)
