"""The element tree AppTest exposes: Streamlit's `streamlit.testing.v1.element_tree` surface.

Each node wraps a protocol payload. Widgets read their current Python value from the session
state and queue new values with `set_value` (and its helpers: click, check, input, select...),
which the next `at.run()` sends as a renderer would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from appwasm.testing.app_test import AppTest

T = TypeVar("T", bound="Element")


class Element:
    """A leaf of the tree. `type` is Streamlit's element type name (e.g. "markdown")."""

    type: str = "unknown"

    def __init__(self, node: dict[str, Any], root: AppTest, path: tuple[int, ...]) -> None:
        self.node = node
        self.root = root
        self.path = path
        self.key: str | None = None

    @property
    def proto(self) -> dict[str, Any]:
        return self.node

    @property
    def value(self) -> Any:
        return self.node.get("body")

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class UnknownElement(Element):
    @property
    def type(self) -> str:  # type: ignore[override]
        return str(self.node.get("type"))

    @property
    def value(self) -> Any:
        return self.node


class Widget(Element):
    """An input widget: `.value` is what the script got; `set_value` queues a new one."""

    def __init__(self, node: dict[str, Any], root: AppTest, path: tuple[int, ...]) -> None:
        super().__init__(node, root, path)
        self.id: str = node["id"]
        spec = root.session_state_raw.widget_spec(self.id)
        self.key = user_key_from_id(self.id)
        self._spec = spec

    @property
    def label(self) -> str:
        return str(self.node.get("label"))

    @property
    def help(self) -> str:
        return self.node.get("help") or ""

    @property
    def form_id(self) -> str:
        """The key of the form the widget is in ("" outside forms), as in Streamlit."""
        return self.node.get("form_id") or ""

    @property
    def disabled(self) -> bool:
        return bool(self.node.get("disabled"))

    @property
    def label_visibility(self) -> str:
        return str(self.node.get("label_visibility"))

    @property
    def value(self) -> Any:
        pending = self.root._pending.get(self.id, _NOTHING)
        if pending is not _NOTHING:
            return self._spec.deserialize(pending) if self._spec else pending
        state = self.root.session_state_raw
        if self._spec is None:
            # Drawn by an earlier run of this `at.run()` (before an st.rerun) and gone since:
            # no value, as in Streamlit's AppTest.
            raise KeyError(self.id)
        return state[self.key] if self.key is not None and self.key in state else state[self.id]

    @property
    def format_func(self) -> Callable[[Any], Any]:
        """The format_func the widget was last created with (choice widgets), else str."""
        return self.root._session.family_state.get("inputs.format_funcs", {}).get(self.id, str)

    def set_value(self: T, value: Any) -> T:  # type: ignore[misc]
        """Queue `value` (a Python value) for the next run."""
        wire = self._spec.serialize(value) if self._spec else value
        self.root._pending[self.id] = wire
        return self

    def _set_wire(self, wire: Any, trigger: bool = False) -> None:
        self.root._pending[self.id] = wire
        if trigger:
            self.root._triggers.add(self.id)


_NOTHING = object()


def user_key_from_id(widget_id: str) -> str | None:
    """The user key a widget id ends with ("$$ID-<hash>-<key>"; "None" when it has none)."""
    key = widget_id.split("-", 2)[-1]
    return None if key == "None" else key


def _proto_number(value: Any) -> Any:
    # Streamlit's slider and number_input protos hold min/max/step as doubles.
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


class Button(Widget):
    type = "button"

    @property
    def value(self) -> bool:
        """True once clicked (queued), and after the run the click caused, as in Streamlit."""
        if self.id in self.root._triggers:
            return True
        from appwasm.elements.widgets._common import TRIGGER_VALUES

        return bool(self.root._session.family_state.get(TRIGGER_VALUES, {}).get(self.id, False))

    def set_value(self, value: bool) -> Button:  # type: ignore[override]
        if value:
            self._set_wire(True, trigger=True)
        return self

    def click(self) -> Button:
        return self.set_value(True)


class Checkbox(Widget):
    type = "checkbox"

    def check(self) -> Checkbox:
        return self.set_value(True)

    def uncheck(self) -> Checkbox:
        return self.set_value(False)


class Toggle(Checkbox):
    type = "toggle"


class Slider(Widget):
    type = "slider"

    @property
    def min(self) -> Any:
        return _proto_number(self.node.get("min"))

    @property
    def max(self) -> Any:
        return _proto_number(self.node.get("max"))

    @property
    def step(self) -> Any:
        return _proto_number(self.node.get("step"))

    def set_range(self, lower: Any, upper: Any) -> Slider:
        return self.set_value((lower, upper))


class TextInput(Widget):
    type = "text_input"

    @property
    def max_chars(self) -> int:
        return self.node.get("max_chars") or 0  # 0: no limit (Streamlit's proto default)

    @property
    def placeholder(self) -> str:
        return str(self.node.get("placeholder") or "")

    @property
    def autocomplete(self) -> str:
        return str(self.node.get("autocomplete") or "")

    def input(self, value: str) -> TextInput:
        if self.max_chars and len(value) > self.max_chars:
            return self  # a browser would not take it
        return self.set_value(value)


class NumberInput(Widget):
    type = "number_input"

    # min, max and step are doubles in Streamlit's proto (an int input's too).
    @property
    def min(self) -> Any:
        return _proto_number(self.node.get("min"))

    @property
    def max(self) -> Any:
        return _proto_number(self.node.get("max"))

    @property
    def step(self) -> Any:
        return _proto_number(self.node.get("step"))

    def increment(self) -> NumberInput:
        """One step up, at most max_value (a no-op while the input is empty)."""
        if self.value is None:
            return self
        high = self.node.get("max")
        moved = self.value + self.node["step"]
        return self.set_value(moved if high is None else min(moved, high))

    def decrement(self) -> NumberInput:
        """One step down, at least min_value (a no-op while the input is empty)."""
        if self.value is None:
            return self
        low = self.node.get("min")
        moved = self.value - self.node["step"]
        return self.set_value(moved if low is None else max(moved, low))


class _IndexedChoice(Widget):
    @property
    def options(self) -> list[str]:
        return list(self.node.get("options", []))

    @property
    def index(self) -> int | None:
        pending = self.root._pending.get(self.id, _NOTHING)
        if pending is not _NOTHING:
            return pending  # type: ignore[return-value]
        value = self.value  # KeyError for a widget gone from the state, as in Streamlit
        return self._spec.serialize(value) if self._spec else self.node.get("index")


class Selectbox(_IndexedChoice):
    type = "selectbox"

    def select(self, value: Any) -> Selectbox:
        return self.set_value(value)

    def select_index(self, index: int | None) -> Selectbox:
        self._set_wire(index)
        return self


class Radio(_IndexedChoice):
    type = "radio"

    @property
    def horizontal(self) -> bool:
        return bool(self.node.get("horizontal"))


class Block:
    """A container: its children by index, with the same typed accessors as AppTest.

    `type` is the block's type ("vertical" for st.container, "horizontal" for a row of
    columns, "form", "popover"...); families register subclasses for theirs (Column, Tab...).
    """

    type = "block"

    def __init__(self, node: dict[str, Any] | None, root: AppTest, path: tuple[int, ...]) -> None:
        self.node = node or {"type": "vertical"}
        self.root = root
        self.path = path
        self.children: dict[int, Element | Block] = {}
        if type(self).type == "block":
            self.type = str(self.node.get("type"))  # type: ignore[misc]

    @property
    def proto(self) -> dict[str, Any]:
        return self.node

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator[Element | Block]:
        for index in sorted(self.children):
            child = self.children[index]
            yield child
            if isinstance(child, Block):
                yield from child

    def __getitem__(self, index: int) -> Element | Block:
        return self.children[index]

    def get(self, element_type: str) -> Sequence[Element | Block]:
        return [node for node in self if node.type == element_type]

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self.root.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"Block({self.node.get('type')}, {len(self.children)} children)"

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        element_type = _ACCESSOR_TYPES.get(name)
        if element_type is None:
            raise AttributeError(name)
        nodes = self.get(element_type)
        return (WidgetList if element_type in WIDGET_TYPES else ElementList)(nodes)


class ElementList(Generic[T]):
    """The elements of one type, in document order; `at.markdown[0]`, `len(...)`, `.values`."""

    def __init__(self, elements: Sequence[Any]) -> None:
        self._list = list(elements)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> ElementList[T]: ...

    def __getitem__(self, index: int | slice) -> T | ElementList[T]:
        if isinstance(index, slice):
            return type(self)(self._list[index])
        return self._list[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    @property
    def values(self) -> Sequence[Any]:
        return [e.value for e in self._list]

    def __repr__(self) -> str:
        return f"ElementList({self._list!r})"


class WidgetList(ElementList[T]):
    def __call__(self, key: str) -> T:
        for widget in self._list:
            if getattr(widget, "key", None) == key:
                return widget
        raise KeyError(key)


# Streamlit element type name -> wrapper class. Families extend this table.
# (Text elements register theirs from testing/text_elements.py.)
ELEMENT_CLASSES: dict[str, type[Element]] = {
    "button": Button, "checkbox": Checkbox, "toggle": Toggle, "slider": Slider, "text_input": TextInput,
    "number_input": NumberInput, "selectbox": Selectbox, "radio": Radio,
}
WIDGET_TYPES = {name for name, cls in ELEMENT_CLASSES.items() if issubclass(cls, Widget)}
# AppTest attribute -> element type (mostly the same name).
_ACCESSOR_TYPES: dict[str, str] = {name: name for name in ELEMENT_CLASSES}


def streamlit_type(node: dict[str, Any]) -> str:
    """The Streamlit element type name for a protocol payload."""
    kind = node.get("type")
    if kind == "heading":
        return str(node["level"])
    if kind == "markdown":  # st.caption and st.latex are markdown with a variant
        return str(node["variant"]) if node.get("variant") in ("caption", "latex") else "markdown"
    if kind == "alert":
        return str(node["level"])
    if kind == "checkbox":
        return "toggle" if node.get("style") == "toggle" else "checkbox"
    if kind == "image":
        return "imgs"  # Streamlit's proto name for st.image
    return str(kind)


def register_element_class(type_name: str, cls: type[Element], *, accessor: str | None = None) -> None:
    """Let a family add its element wrappers (e.g. "multiselect" -> Multiselect)."""
    ELEMENT_CLASSES[type_name] = cls
    if issubclass(cls, Widget):
        WIDGET_TYPES.add(type_name)
    _ACCESSOR_TYPES[accessor or type_name] = type_name


def wrap(node: dict[str, Any], root: AppTest, path: tuple[int, ...]) -> Element:
    cls = ELEMENT_CLASSES.get(streamlit_type(node), UnknownElement)
    element = cls(node, root, path)
    if cls is not UnknownElement:
        element.type = streamlit_type(node)  # type: ignore[misc]
    return element


# Block type -> wrapper class (columns, tabs, expanders... are added by their families).
BLOCK_CLASSES: dict[str, type[Block]] = {}


def register_block_class(type_name: str, cls: type[Block], *, accessor: str | None = None) -> None:
    """Let a family wrap its blocks (e.g. "tab" -> Tab, reachable as `at.tabs`)."""
    BLOCK_CLASSES[type_name] = cls
    if accessor:
        _ACCESSOR_TYPES[accessor] = cls.type
