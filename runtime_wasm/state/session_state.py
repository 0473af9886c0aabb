"""Session state: user values and widget values, with Streamlit's rules.

Three kinds of entries:
- user values: `st.session_state.x = 1` for a key no widget uses (or not yet);
- widget values: held by widget id, keyed also by the widget's user key (the "key mirror");
- triggers: buttons, True for the one run that follows a click (st.chat_input's trigger carries
  the submitted text instead of True).

The rules Streamlit users rely on, all kept here:
- a value set through st.session_state before the widget is created becomes the widget's value;
- setting a widget's key after the widget was created in this run is an error;
- a widget not created during a complete run loses its value (and its key) at the end of it;
- triggers cannot be set through st.session_state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from appwasm.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitValueAssignmentNotAllowedError,
)
from appwasm.state.widgets import RegisteredValue, WidgetSpec, is_widget_id


@dataclass
class _WidgetRecord:
    spec: WidgetSpec
    value: Any
    wire: Any


class SessionState:
    """The state of one browser session (one per worker; one per AppTest)."""

    def __init__(self) -> None:
        self._user: dict[str, Any] = {}
        self._widgets: dict[str, _WidgetRecord] = {}
        self._key_to_id: dict[str, str] = {}
        # Trigger widget id -> its value for the coming run (True for a click, the text for a chat).
        self._triggered: dict[str, Any] = {}
        # Widget ids and user keys registered in the run in progress.
        self._seen: set[str] = set()
        self._seen_keys: set[str] = set()
        # Widgets to put back to their default value when the run ends (st.form's clear_on_submit).
        self._reset_after_run: set[str] = set()
        # A stopped run's triggers, consumed when the next events arrive (see end_run).
        self._reset_pending = False
        # Once-per-session notices the runtime has shown (not user-visible state).
        self.notices_shown: set[str] = set()

    # ------------------------------------------------------------ mapping access

    def _widget_record_for(self, key: str) -> _WidgetRecord | None:
        widget_id = key if is_widget_id(key) else self._key_to_id.get(key)
        return self._widgets.get(widget_id) if widget_id else None

    def _widget_value(self, record: _WidgetRecord) -> Any:
        if record.spec.trigger:
            return self._triggered.get(record.spec.id, record.spec.default)
        return record.value

    def __getitem__(self, key: str) -> Any:
        if key in self._user:
            return self._user[key]
        record = self._widget_record_for(key)
        if record is None:
            raise KeyError(key)
        return self._widget_value(record)

    def __setitem__(self, key: str, value: Any) -> None:
        widget_id = self._key_to_id.get(key)
        if widget_id is not None and widget_id in self._seen:
            raise StreamlitAPIException(
                f"`st.session_state.{key}` cannot be modified after the widget with key `{key}` "
                f"is instantiated."
            )
        record = self._widgets.get(widget_id) if widget_id else None
        if record is not None and not record.spec.settable_by_state:
            raise StreamlitValueAssignmentNotAllowedError(key)
        self._user[key] = value

    def __delitem__(self, key: str) -> None:
        found = self._user.pop(key, _MISSING) is not _MISSING
        widget_id = key if is_widget_id(key) else self._key_to_id.get(key)
        if widget_id is not None and widget_id in self._widgets:
            # Forget the value; the widget shows its default in the next run.
            del self._widgets[widget_id]
            self._triggered.pop(widget_id, None)
            if not is_widget_id(key):
                self._key_to_id.pop(key, None)
            found = True
        if not found:
            raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        return key in self._user or self._widget_record_for(key) is not None

    def keys(self) -> list[str]:
        """User keys and the keys of keyed widgets (keyless widget ids are internal)."""
        keys = list(self._user)
        keys += [k for k, wid in self._key_to_id.items() if wid in self._widgets and k not in self._user]
        return keys

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def to_dict(self) -> dict[str, Any]:
        return {key: self[key] for key in self.keys()}

    def clear(self) -> None:
        self._user.clear()
        self._widgets.clear()
        self._key_to_id.clear()
        self._triggered.clear()

    # ------------------------------------------------------------ widgets

    def claim_key(self, key: str) -> None:
        """Reserve a user key for this run (widgets, keyed containers): a second use is an error."""
        if key in self._seen_keys:
            raise StreamlitDuplicateElementKey(key)
        self._seen_keys.add(key)

    def register_widget(self, spec: WidgetSpec) -> RegisteredValue:
        """Called by every widget each run: returns the value the script sees."""
        if spec.key is not None:
            self.claim_key(spec.key)
        if spec.id in self._seen:
            raise StreamlitDuplicateElementId(spec.kind)
        self._seen.add(spec.id)

        record = self._widgets.get(spec.id)
        set_by_state = False
        if spec.key is not None and spec.key in self._user:
            if not spec.settable_by_state:
                raise StreamlitValueAssignmentNotAllowedError(spec.key)
            value = self._user.pop(spec.key)
            set_by_state = True
        elif spec.trigger:
            value = self._triggered.get(spec.id, spec.default)
        elif record is not None:
            value = spec.deserialize(record.wire) if spec.value_from_wire else record.value
        else:
            value = spec.default
        wire = spec.serialize(value)
        self._widgets[spec.id] = _WidgetRecord(spec, value, wire)
        if spec.key is not None:
            self._key_to_id[spec.key] = spec.id
        return RegisteredValue(value=value, wire=wire, set_by_state=set_by_state)

    def user_has(self, key: str) -> bool:
        """The script set `key` and no widget has taken the value over yet."""
        return key in self._user

    def has_widget(self, widget_id: str) -> bool:
        return widget_id in self._widgets

    def widget_spec(self, widget_id: str) -> WidgetSpec | None:
        record = self._widgets.get(widget_id)
        return record.spec if record else None

    def apply_widget_events(self, events: list[dict[str, Any]]) -> list[WidgetSpec]:
        """Take new wire values from the renderer; return the specs whose value changed, in order.

        Unknown ids (a widget the last run removed) are ignored: the event raced with a rerun.
        """
        changed: list[WidgetSpec] = []
        for event in events:
            record = self._widgets.get(event["id"])
            if record is None:
                continue
            if record.spec.trigger or event.get("trigger"):
                if event.get("value"):
                    self._triggered[record.spec.id] = record.spec.deserialize(event["value"])
                    changed.append(record.spec)
                continue
            value = record.spec.deserialize(event.get("value"))
            wire = record.spec.serialize(value)
            if record.spec.key is not None:
                # The user's newer choice wins over a value the script set earlier.
                self._user.pop(record.spec.key, None)
            if wire != record.wire:
                record.value, record.wire = value, wire
                changed.append(record.spec)
        return changed

    def form_submitted(self, form_id: str) -> bool:
        """A submit button of this form was pressed for the run in progress."""
        return any(
            (record := self._widgets.get(w)) is not None and record.spec.form_id == form_id for w in self._triggered
        )

    def reset_after_run(self, widget_id: str) -> None:
        """Give this widget its default value once the run ends (the run still sees its value)."""
        self._reset_after_run.add(widget_id)

    def fragments_of(self, widget_ids: list[str]) -> list[str] | None:
        """The fragments whose widgets these are, in order; None when one of them is not a
        fragment's widget (or is unknown): then the whole script must run."""
        fragments: list[str] = []
        for widget_id in widget_ids:
            record = self._widgets.get(widget_id)
            if record is None or not record.spec.fragment_id:
                return None
            if record.spec.fragment_id not in fragments:
                fragments.append(record.spec.fragment_id)
        return fragments

    def end_run(self, *, completed: bool, reset_triggers: bool, fragment_ids: tuple[str, ...] = (),
                defer_reset: bool = False) -> None:
        """Close the run: drop widgets a complete run did not create; consume triggers.

        After a fragment run only the widgets of those fragments can be dropped: the others
        were not expected to run. `defer_reset` (a run ended by st.stop or an error): as in
        Streamlit, the triggers are consumed only when the next batch of events arrives
        (`reset_pending_triggers`), so until then the state still shows the click.
        """
        if reset_triggers and defer_reset:
            self._reset_pending = True
        elif reset_triggers:
            self._reset_triggers()
        else:
            self._reset_after_run.clear()
        if completed:
            stale = [w for w in self._widgets if w not in self._seen]
            if fragment_ids:
                stale = [w for w in stale if self._widgets[w].spec.fragment_id in fragment_ids]
            for widget_id in stale:
                record = self._widgets.pop(widget_id)
                key = record.spec.key
                if key is not None and self._key_to_id.get(key) == widget_id:
                    del self._key_to_id[key]
        self._seen.clear()
        self._seen_keys.clear()

    def reset_pending_triggers(self) -> None:
        """Consume the triggers a stopped run left (call before applying new events)."""
        if self._reset_pending:
            self._reset_triggers()

    def _reset_triggers(self) -> None:
        self._reset_pending = False
        self._triggered.clear()
        for widget_id in self._reset_after_run:
            record = self._widgets.get(widget_id)
            if record is not None:
                record.value, record.wire = record.spec.default, record.spec.serialize(record.spec.default)
        self._reset_after_run.clear()

    def registered_in_run(self, widget_id: str) -> bool:
        return widget_id in self._seen

    def widget_ids(self) -> list[str]:
        return list(self._widgets)


class _Missing:
    pass


_MISSING = _Missing()
