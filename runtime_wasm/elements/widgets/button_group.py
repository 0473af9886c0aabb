"""st.feedback, st.pills and st.segmented_control: a group of toggle buttons.

The wire value is the list of the selected buttons' indices (at most one in "single" mode;
clicking the selected button again clears the selection, as in Streamlit).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements._util import validate_icon
from appwasm.elements.widgets._common import Widget
from appwasm.elements.widgets._options import coerce_enum, default_indices, options_for
from appwasm.elements.widgets.multiselect import indices_serde
from appwasm.errors import StreamlitAPIException

_FEEDBACK: dict[str, list[tuple[str, str]]] = {
    "thumbs": [(":material/thumb_up:", "Thumbs up"), (":material/thumb_down:", "Thumbs down")],
    "faces": [(":material/sentiment_sad:", "Very dissatisfied"), (":material/sentiment_dissatisfied:", "Dissatisfied"),
              (":material/sentiment_neutral:", "Neutral"), (":material/sentiment_satisfied:", "Satisfied"),
              (":material/sentiment_very_satisfied:", "Very satisfied")],
    "stars": [(":material/star:", f"{n} star{'s' if n > 1 else ''}") for n in range(1, 6)],
}


def _option(content: str, icon: str | None = None, selected_icon: str | None = None,
            aria_label: str | None = None) -> dict[str, Any]:
    return {"content": content, "icon": icon, "selected_icon": selected_icon, "aria_label": aria_label}


def _format_option(option: Any, format_func: Callable[[Any], Any] | None) -> dict[str, Any]:
    """A leading ":material/name:" word of the label becomes the button's icon."""
    text = str(format_func(option) if format_func else option)
    first, _, rest = text.partition(" ")
    if first.strip().startswith(":material"):
        try:
            return _option(rest, validate_icon(first.strip()))
        except StreamlitAPIException:
            pass
    return _option(text)


def _button_group(
    widget: Widget, options: list[dict[str, Any]], wire_default: list[int], *, selection_mode: str,
    style: str, serialize: Callable[[Any], Any], deserialize: Callable[[Any], Any], visualization: str = "only_selected",
    kind: str | None = None,
) -> Any:
    if selection_mode not in ("single", "multi"):
        raise StreamlitAPIException(
            "The selection_mode argument must be one of ['single', 'multi']. "
            f"The argument passed was '{selection_mode}'."
        )
    if selection_mode == "single" and len(wire_default) > 1:
        raise StreamlitAPIException(
            "The default argument to `st.pills` must be a single value when `selection_mode='single'`."
        )
    registered = widget.register(
        default=deserialize(wire_default),
        identity_params={"options": options, "default": wire_default, "click_mode": selection_mode, "style": style,
                         "help": widget.help},
        serialize=serialize, deserialize=deserialize, explicit_default=bool(wire_default), value_from_wire=True,
    )
    widget.enqueue("button_group", options=options, value=registered.wire, selection_mode=selection_mode,
                   style=style, selection_visualization=visualization, feedback=kind)
    return registered.value


@dg_command
def feedback(
    dg: DeltaGenerator,
    options: Literal["thumbs", "faces", "stars"] = "thumbs",
    *,
    key: str | int | None = None,
    disabled: bool = False,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
) -> int | None:
    """Display a feedback widget: thumbs (returns 1 for up, 0 for down), five faces or five
    stars (returns 0-4). Returns None until the user picks one."""
    if options not in ("thumbs", "faces", "stars"):
        raise StreamlitAPIException(
            "The options argument to st.feedback must be one of ['thumbs', 'faces', 'stars']. "
            f"The argument passed was '{options}'."
        )
    widget = Widget(dg, "feedback", "", key=key, help=None, disabled=disabled, label_visibility="collapsed",
                    on_change=on_change, args=args, kwargs=kwargs)
    icons = _FEEDBACK[options]
    stars = options == "stars"
    buttons = [_option("", icon, ":material/star_filled:" if stars else None, name) for icon, name in icons]
    values = [1, 0] if options == "thumbs" else list(range(len(icons)))

    def serialize(value: Any) -> list[int]:
        return [] if value is None else [values.index(value)]

    def deserialize(wire: Any) -> int | None:
        return values[int(wire[0])] if wire else None

    return _button_group(widget, buttons, [], selection_mode="single", style="borderless", serialize=serialize,
                         deserialize=deserialize, visualization="all_up_to_selected" if stars else "only_selected",
                         kind=options)


def _choice_group(dg: DeltaGenerator, style: str, label: str, options: Any, selection_mode: str, default: Any,
                  format_func: Callable[[Any], Any] | None, key: Any, help: str | None, on_change: Any, args: Any,
                  kwargs: Any, disabled: bool, label_visibility: str) -> Any:
    widget = Widget(dg, style, label, key=key, help=help, disabled=disabled, label_visibility=label_visibility,
                    on_change=on_change, args=args, kwargs=kwargs)
    opts = options_for(options)
    defaults = default_indices(opts, default)
    to_wire, from_wire = indices_serde(opts, defaults)
    single = selection_mode == "single"

    def serialize(value: Any) -> list[int]:
        return to_wire([] if value is None else [value]) if single else to_wire(value)

    def deserialize(wire: Any) -> Any:
        picked = from_wire(wire)
        if not single:
            return picked
        return picked[0] if picked else None

    value = _button_group(widget, [_format_option(o, format_func) for o in opts], defaults,
                          selection_mode=selection_mode, style=style, serialize=serialize, deserialize=deserialize)
    widget.save_format_func(format_func or str)
    if isinstance(value, list):
        return [coerce_enum(v, opts) for v in value]
    return coerce_enum(value, opts)


@dg_command
def pills(
    dg: DeltaGenerator,
    label: str,
    options: Sequence[Any] | Any,
    *,
    selection_mode: Literal["single", "multi"] = "single",
    default: Any | None = None,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> Any:
    """Display a row of pill buttons. "single" mode returns the selected option or None;
    "multi" mode returns the list of selected options. A label starting with
    ":material/name:" shows that icon."""
    return _choice_group(dg, "pills", label, options, selection_mode, default, format_func, key, help, on_change,
                         args, kwargs, disabled, label_visibility)


@dg_command
def segmented_control(
    dg: DeltaGenerator,
    label: str,
    options: Sequence[Any] | Any,
    *,
    selection_mode: Literal["single", "multi"] = "single",
    default: Any | None = None,
    format_func: Callable[[Any], Any] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | None = None,
    args: tuple[Any, ...] | list[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: Literal["visible", "hidden", "collapsed"] = "visible",
) -> Any:
    """Display a segmented control (adjoining toggle buttons). "single" mode returns the
    selected option or None; "multi" mode returns the list of selected options."""
    return _choice_group(dg, "segmented_control", label, options, selection_mode, default, format_func, key, help,
                         on_change, args, kwargs, disabled, label_visibility)
