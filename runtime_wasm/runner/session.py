"""AppSession: one browser session's state and the loop of runs.

The worker (or AppTest) hands it renderer messages; it applies widget values, runs the
callbacks, then runs the script, repeating while the script asks for a rerun. Everything it
produces goes to its sink as protocol messages.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Protocol

from appwasm.delta_generator import main_dg, reset_dg_stack
from appwasm.protocol import PROTOCOL_VERSION
from appwasm.runner.context import DeltaSink, InterruptSource, NoInterrupts, RunContext, run_with_context
from appwasm.runner.exceptions import RerunRequest, RerunRun, StopRun
from appwasm.runner.script_runner import RunOutcome, ScriptRunner
from appwasm.state.session_state import SessionState

# A script that calls st.rerun() unconditionally would spin forever; Streamlit has no limit,
# but in a browser tab a cap keeps the page responsive and says what happened.
MAX_CONSECUTIVE_RERUNS = 100

# Renderer messages beyond the core ones, handled by the family that defined them. A handler
# returns True when the message calls for a run.
MessageHandler = Callable[["AppSession", dict[str, Any]], bool]
_message_handlers: dict[str, MessageHandler] = {}


def register_message_handler(kind: str, handler: MessageHandler) -> None:
    _message_handlers[kind] = handler


class RunHook(Protocol):
    """Family code that must act around every run (e.g. sync the URL after st.query_params changed)."""

    def before_run(self, session: AppSession, ctx: RunContext) -> None: ...

    def after_run(self, session: AppSession, ctx: RunContext, outcome: RunOutcome) -> None: ...


_run_hooks: list[RunHook] = []


def register_run_hook(hook: RunHook) -> None:
    if hook not in _run_hooks:
        _run_hooks.append(hook)


class AppSession:
    """The state of one session of the app and the driver of its runs."""

    def __init__(
        self,
        script_path: str,
        sink: DeltaSink,
        *,
        app_root: str | None = None,
        interrupts: InterruptSource | None = None,
        query_string: str = "",
    ) -> None:
        self.runner = ScriptRunner(script_path, app_root)
        self.sink = sink
        self.interrupts = interrupts or NoInterrupts()
        self.session_state = SessionState()
        self.query_string = query_string
        self.run_id = 0
        self.event_seq = 0
        self.last_outcome: RunOutcome | None = None
        self.completed_runs = 0
        # Session-scoped state of feature families (query params, caches, navigation...), by name.
        self.family_state: dict[str, Any] = {}
        # Callbacks to run before the next run, gathered from the events since the last run.
        self._pending_callbacks: list[Any] = []

    # ------------------------------------------------------------ messages from the renderer

    def handle_messages(self, messages: list[dict[str, Any]]) -> None:
        """Apply a batch of renderer messages, then run the script once (plus reruns)."""
        needs_run = False
        for message in messages:
            kind = message.get("type")
            if message.get("v") not in (None, PROTOCOL_VERSION):
                raise ValueError(f"protocol version {message.get('v')} != {PROTOCOL_VERSION}: reload the page")
            seq = message.get("seq")
            if isinstance(seq, int):
                self.event_seq = max(self.event_seq, seq)
            if kind == "widget_events":
                changed = self.session_state.apply_widget_events(message["events"])
                self._pending_callbacks.extend(spec for spec in changed if spec.on_change is not None)
                needs_run = True
            elif kind == "rerun":
                needs_run = True
            elif kind == "query_string":
                self.query_string = message.get("query_string", "")
                needs_run = True
            elif kind in _message_handlers:
                needs_run = _message_handlers[kind](self, message) or needs_run
        if needs_run:
            self.run()

    # ------------------------------------------------------------ runs

    def run(self) -> RunOutcome:
        """Run the script, then again for as long as it asks for reruns (st.rerun)."""
        outcome = self._run_once()
        reruns = 0
        while outcome.status == "rerun" and outcome.rerun is not None and outcome.rerun.reason != "event":
            if self.interrupts.event_pending():
                break  # the caller delivers the pending events, which start the next run
            reruns += 1
            if reruns > MAX_CONSECUTIVE_RERUNS:
                break
            outcome = self._run_once()
        return outcome

    def _new_context(self) -> RunContext:
        self.run_id += 1
        # The first run always completes: events sent from the prerendered screen refer to
        # widgets that only exist once a run has registered them. (Stop still works.)
        interrupts = self.interrupts if self.completed_runs else _StopOnly(self.interrupts)
        return RunContext(
            run_id=self.run_id, sink=self.sink, session_state=self.session_state,
            interrupts=interrupts, app_root=self.runner.app_root, session=self,
        )

    def _run_once(self) -> RunOutcome:
        ctx = self._new_context()
        started = time.perf_counter()
        ctx.post({"type": "run_started", "run_id": ctx.run_id, "event_seq": self.event_seq})
        for hook in _run_hooks:
            run_with_context(ctx, lambda hook=hook: hook.before_run(self, ctx))
        outcome = run_with_context(ctx, lambda: self._run_in_context(ctx))
        self.last_outcome = outcome
        if outcome.status != "rerun":
            self.completed_runs += 1
        for hook in _run_hooks:
            run_with_context(ctx, lambda hook=hook: hook.after_run(self, ctx, outcome))
        completed = outcome.status == "complete" and outcome.error is None
        reset_triggers = outcome.rerun.reset_triggers if outcome.rerun else True
        self.session_state.end_run(completed=completed, reset_triggers=reset_triggers)
        ctx.post({
            "type": "run_finished", "run_id": ctx.run_id, "status": outcome.status,
            "duration_ms": (time.perf_counter() - started) * 1000,
        })
        return outcome

    def _run_in_context(self, ctx: RunContext) -> RunOutcome:
        reset_dg_stack()
        try:
            self._run_callbacks()
        except (StopRun, RerunRun) as control:
            outcome = RunOutcome("stopped") if isinstance(control, StopRun) else RunOutcome(
                "rerun", rerun=control.request)
            return outcome
        except Exception as exc:
            self._show_error(ctx, exc)
            return RunOutcome("complete", error=exc)
        ctx.script_start_delta = ctx.delta_count
        outcome = self.runner.execute(ctx.script_path)
        reset_dg_stack()
        if outcome.error is not None:
            self._show_error(ctx, outcome.error)
        return outcome

    def _show_error(self, ctx: RunContext, exc: BaseException) -> None:
        try:
            main_dg.exception(exc)
        except (StopRun, RerunRun):
            pass  # an event arrived: the error will be shown again by the next run if it persists

    def _run_callbacks(self) -> None:
        callbacks, self._pending_callbacks = self._pending_callbacks, []
        for spec in callbacks:
            assert spec.on_change is not None
            spec.on_change(*spec.args, **spec.kwargs)


class _StopOnly:
    """Interrupts that honour Stop but not new events."""

    def __init__(self, inner: InterruptSource) -> None:
        self._inner = inner

    def event_pending(self) -> bool:
        return False

    def stop_requested(self) -> bool:
        return self._inner.stop_requested()

