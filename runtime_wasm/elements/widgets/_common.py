"""The fixed pipeline every widget follows.

validate -> deterministic id -> (de)serialization -> register with the session state ->
enqueue the delta -> return the Python value. Widget modules only say what is specific to
them; this module does the rest the same way for all.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import Any

from appwasm.delta_generator import DeltaGenerator
from appwasm.errors import StreamlitAPIException, StreamlitInvalidFormCallbackError
from appwasm.runner.context import get_run_context
from appwasm.runner.fragments import check_widget_in_fragment
from appwasm.runtime.caching.policies import check_cache_replay_rules
from appwasm.state.widgets import RegisteredValue, WidgetSpec, compute_widget_id, identity

_LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")

# The warning about a default value that conflicts with st.session_state is shown once per session.
_WARNED_KEY = "appwasm_default_value_warning_shown"
# session.family_state key: widget id -> the format_func of its last run (read by AppTest).
FORMAT_FUNCS = "inputs.format_funcs"
# session.family_state key: trigger widget id -> the value it returned in its last run (AppTest's
# Button.value is True after the run a click caused, as in Streamlit).
TRIGGER_VALUES = "inputs.trigger_values"


def to_key(key: Any) -> str | None:
    return None if key is None else str(key)


def check_label_visibility(label_visibility: str) -> str:
    if label_visibility not in _LABEL_VISIBILITIES:
        raise StreamlitAPIException(
            f"Unsupported label_visibility option '{label_visibility}'. Valid values are 'visible', "
            f"'hidden' or 'collapsed'."
        )
    return label_visibility


def check_callback_in_form(dg: DeltaGenerator, on_change: Any, kind: str) -> None:
    """Inside st.form only st.form_submit_button may have a callback (Streamlit's rule)."""
    if dg.form_id and on_change is not None:
        raise StreamlitInvalidFormCallbackError()


# Forms whose clear_on_submit applies to the run in progress (set by st.form, read here).
CLEARING_FORMS = "clearing_forms"


class Widget:
    """One widget call: the common fields and the registration with the session state."""

    def __init__(
        self,
        dg: DeltaGenerator,
        kind: str,
        label: str,
        *,
        key: Any,
        help: str | None,
        disabled: bool,
        label_visibility: str = "visible",
        on_change: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        check_form_callback: bool = True,
    ) -> None:
        if check_form_callback:
            check_callback_in_form(dg, on_change, f"st.{kind}")
        self.dg = dg
        self.kind = kind
        self.label = str(label)
        self.key = to_key(key)
        self.help = None if help is None else textwrap.dedent(str(help))
        self.disabled = bool(disabled)
        self.label_visibility = check_label_visibility(label_visibility)
        self.on_change = on_change
        self.args = tuple(args or ())
        self.kwargs = dict(kwargs or {})
        self.id = ""

    def register(
        self,
        *,
        default: Any,
        identity_params: dict[str, Any],
        serialize: Callable[[Any], Any] = identity,
        deserialize: Callable[[Any], Any] = identity,
        trigger: bool = False,
        settable_by_state: bool = True,
        explicit_default: bool = False,
        value_from_wire: bool = False,
    ) -> RegisteredValue:
        """Compute the id and register; `explicit_default`: the caller passed a non-default value."""
        check_cache_replay_rules()
        self.id = compute_widget_id(self.kind, self.key, self.dg.form_id, label=self.label, **identity_params)
        ctx = get_run_context()
        if ctx is None:  # bare mode: no session, the default is the value
            return RegisteredValue(value=default, wire=serialize(default), set_by_state=False)
        check_widget_in_fragment(self.dg.peek_path(), ctx)
        state = ctx.session_state
        if self.key is not None and explicit_default and state.user_has(self.key) and not state.has_widget(self.id):
            self._warn_default_conflict(ctx)
        spec = WidgetSpec(
            id=self.id, kind=self.kind, key=self.key, default=default, deserialize=deserialize,
            serialize=serialize, on_change=self.on_change, args=self.args, kwargs=self.kwargs,
            trigger=trigger, settable_by_state=settable_by_state, form_id=self.dg.form_id,
            value_from_wire=value_from_wire,
            fragment_id=ctx.current_fragment_id or "",
        )
        registered = state.register_widget(spec)
        if trigger and ctx.session is not None:
            ctx.session.family_state.setdefault(TRIGGER_VALUES, {})[self.id] = registered.value
        if spec.form_id and not trigger and spec.form_id in ctx.scratch.get(CLEARING_FORMS, ()):
            # st.form(clear_on_submit=True) was submitted: the script sees the submitted value
            # in this run, the renderer shows the default, and later runs get the default.
            if ctx.session is None or ctx.session.clear_submitted_forms:
                state.reset_after_run(spec.id)
            registered = RegisteredValue(registered.value, serialize(default), registered.set_by_state)
        return registered

    def save_format_func(self, format_func: Callable[[Any], Any]) -> None:
        """Keep `format_func` for AppTest (its `format_func`/`indices`), as Streamlit does."""
        ctx = get_run_context()
        if ctx is not None and ctx.session is not None:
            funcs = ctx.session.family_state.setdefault(FORMAT_FUNCS, {})
            funcs[self.id] = format_func
            live = ctx.session_state.widget_ids()
            if len(funcs) > 2 * len(live) + 16:  # forget widgets that are gone, now and then
                for stale in set(funcs) - set(live):
                    del funcs[stale]

    def _warn_default_conflict(self, ctx: Any) -> None:
        if _WARNED_KEY in ctx.session_state.notices_shown:
            return
        ctx.session_state.notices_shown.add(_WARNED_KEY)
        self.dg.warning(
            f'The widget with key "{self.key}" was created with a default value but also had its value '
            f"set via the Session State API.",
        )

    def node(self, type_: str, **fields: Any) -> dict[str, Any]:
        return {
            "type": type_, "id": self.id, "label": self.label, "help": self.help, "disabled": self.disabled,
            "label_visibility": self.label_visibility, "form_id": self.dg.form_id, **fields,
        }

    def enqueue(self, type_: str, *, buffers: list[bytes | memoryview] | None = None, **fields: Any) -> DeltaGenerator:
        return self.dg._enqueue_element(self.node(type_, **fields), buffers)
