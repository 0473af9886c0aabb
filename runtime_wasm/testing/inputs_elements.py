"""AppTest element classes of the 'inputs' family, with Streamlit's element_tree methods:
Multiselect, SelectSlider, TextArea, DateInput, TimeInput, ColorPicker and ButtonGroup
(st.feedback, st.pills and st.segmented_control), reached as `at.multiselect`, ...,
`at.button_group`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from appwasm.testing.element_tree import TextInput, Widget, register_element_class


class _Choices(Widget):
    """Widgets whose value is a selection among formatted options."""

    @property
    def options(self) -> list[Any]:
        return list(self.node.get("options", []))

    @property
    def indices(self) -> Sequence[int]:
        """The indices of the selected options."""
        wire = self._spec.serialize(self.value) if self._spec else self.root._pending.get(self.id, [])
        return list(wire or [])


class _MultiChoice(_Choices):
    def _current(self) -> list[Any]:
        value = self.value
        return [] if value is None else list(value)

    def select(self, v: Any) -> Any:
        """Add `v` to the selection (a no-op if it is selected already)."""
        current = self._current()
        return self if v in current else self.set_value([*current, v])

    def unselect(self, v: Any) -> Any:
        """Remove `v` from the selection (a no-op if it is not selected)."""
        current = self._current()
        return self if v not in current else self.set_value([item for item in current if item != v])


class Multiselect(_MultiChoice):
    type = "multiselect"

    @property
    def max_selections(self) -> int:
        return int(self.node.get("max_selections") or 0)

    @property
    def placeholder(self) -> str:
        return str(self.node.get("placeholder", ""))


class ButtonGroupOption:
    """One option of a button group, with the fields of Streamlit's ButtonGroup.Option proto
    (`content`, `content_icon`, `selected_content`, `selected_content_icon`)."""

    def __init__(self, option: dict[str, Any]) -> None:
        self.content = str(option.get("content") or "")
        self.content_icon = str(option.get("icon") or "")
        self.selected_content = ""
        self.selected_content_icon = str(option.get("selected_icon") or "")
        self.aria_label = option.get("aria_label")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ButtonGroupOption) and vars(self) == vars(other)

    def __repr__(self) -> str:
        return f"ButtonGroupOption(content={self.content!r}, content_icon={self.content_icon!r})"


class ButtonGroup(_MultiChoice):
    """st.feedback, st.pills and st.segmented_control. In "single" mode the value is one
    option or None; `select` replaces it and `unselect` clears it."""

    type = "button_group"

    @property
    def options(self) -> list[ButtonGroupOption]:  # type: ignore[override]
        return [ButtonGroupOption(option) for option in self.node.get("options", [])]

    @property
    def selection_mode(self) -> str:
        return str(self.node.get("selection_mode"))

    def select(self, v: Any) -> ButtonGroup:
        if self.selection_mode == "single":
            return self.set_value(v)
        return super().select(v)  # type: ignore[no-any-return]

    def unselect(self, v: Any) -> ButtonGroup:
        if self.selection_mode == "single":
            return self.set_value(None) if self.value == v else self
        return super().unselect(v)  # type: ignore[no-any-return]


class SelectSlider(_Choices):
    type = "select_slider"

    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        return self.set_value([lower, upper])


class TextArea(TextInput):
    """st.text_area: TextInput's surface (max_chars, placeholder, input)."""

    type = "text_area"


def _wire_date(text: str) -> date:
    return datetime.strptime(text, "%Y/%m/%d").date()


class DateInput(Widget):
    type = "date_input"

    @property
    def min(self) -> date:
        return _wire_date(self.node["min"])

    @property
    def max(self) -> date:
        return _wire_date(self.node["max"])

    @property
    def is_range(self) -> bool:
        return bool(self.node.get("is_range"))

    @property
    def format(self) -> str:
        return str(self.node.get("format"))


class TimeInput(Widget):
    type = "time_input"

    @property
    def step(self) -> int:
        return int(self.node.get("step", 900))

    def _moved(self, seconds: int) -> TimeInput:
        current = self.value
        if current is None:
            return self
        moved = datetime.combine(date.today(), current) + timedelta(seconds=seconds)
        return self.set_value(moved.time())

    def increment(self) -> TimeInput:
        """One `step` later (wrapping past midnight)."""
        return self._moved(self.step)

    def decrement(self) -> TimeInput:
        """One `step` earlier."""
        return self._moved(-self.step)

    def set_value(self, v: time | datetime | None) -> TimeInput:  # type: ignore[override]
        return super().set_value(v.time() if isinstance(v, datetime) else v)


class ColorPicker(Widget):
    type = "color_picker"

    def pick(self, v: str) -> ColorPicker:
        """Pick the color `v` ("#rrggbb"; the "#" may be left out)."""
        return self.set_value(v if v.startswith("#") else f"#{v}")


for _cls in (Multiselect, SelectSlider, TextArea, DateInput, TimeInput, ColorPicker, ButtonGroup):
    register_element_class(_cls.type, _cls)
