"""AppSession: one browser session's state and the loop of runs.

The worker (or AppTest) hands it renderer messages; it applies widget values, runs the
callbacks, then runs the script, repeating while the script asks for a rerun. Everything it
produces goes to its sink as protocol messages.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from appwasm.delta_generator import DeltaGenerator, main_dg, reset_dg_stack
from appwasm.errors import FragmentHandledException
from appwasm.protocol import PROTOCOL_VERSION
from appwasm.runner.context import DeltaSink, InterruptSource, NoInterrupts, RunContext, run_with_context
from appwasm.runner.exceptions import RerunRun, StopRun
from appwasm.runner.fragments import FragmentStorage, execute_fragments
from appwasm.runner.script_runner import RunOutcome, ScriptRunner
from appwasm.state.session_state import SessionState

T = TypeVar("T")

# A script that calls st.rerun() unconditionally would spin forever; Streamlit has no limit,
# but in a browser tab a cap keeps the page responsive and says what happened.
MAX_CONSECUTIVE_RERUNS = 100

# Renderer messages beyond the core ones, handled by the family that defined them. A handler
# returns True when the message calls for a run of the whole script, or a list of fragment ids
# when it calls for a run of just those fragments (falsy: no run).
MessageHandler = Callable[["AppSession", dict[str, Any]], "bool | list[str]"]
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
        fragment_reruns: bool = True,
        clear_submitted_forms: bool = True,
    ) -> None:
        self.runner = ScriptRunner(script_path, app_root)
        # Apps key per-user data on it (get_script_run_ctx().session_id), as in Streamlit.
        self.session_id = str(uuid.uuid4())
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
        # Declared fragments; `fragment_reruns=False` (AppTest, as Streamlit's) reruns the whole
        # script even for a fragment's widget.
        self.fragments = FragmentStorage()
        self.fragment_reruns = fragment_reruns
        # st.form(clear_on_submit=True): the runtime puts the form's widgets back to their
        # defaults after the submitted run, since the renderer does not send them again.
        # AppTest, like Streamlit's (where the browser clears them), leaves the values.
        self.clear_submitted_forms = clear_submitted_forms
        # The scope of a run a new event cut short: the next run must cover it too.
        self._interrupted: _Scope | None = None

    # ------------------------------------------------------------ messages from the renderer

    def family(self, key: str, make: Callable[[], T]) -> T:
        """The state a feature family keeps in this session under `key`, made by `make()` on first use."""
        state = self.family_state.get(key)
        if state is None:
            state = self.family_state[key] = make()
        return state

    def handle_messages(self, messages: list[dict[str, Any]]) -> None:
        """Apply a batch of renderer messages, then run the script once (plus reruns)."""
        scope = _Scope()
        self.session_state.reset_pending_triggers()
        for message in messages:
            kind = message.get("type")
            if message.get("v") not in (None, PROTOCOL_VERSION):
                raise ValueError(f"protocol version {message.get('v')} != {PROTOCOL_VERSION}: reload the page")
            seq = message.get("seq")
            if isinstance(seq, int):
                self.event_seq = max(self.event_seq, seq)
            if kind == "widget_events":
                # Which fragments the widgets belong to is decided before the values change.
                scope.add(self.session_state.fragments_of([event["id"] for event in message["events"]]))
                changed = self.session_state.apply_widget_events(message["events"])
                self._pending_callbacks.extend(spec for spec in changed if spec.on_change is not None)
            elif kind == "rerun":
                scope.add(None)
            elif kind == "query_string":
                self.query_string = message.get("query_string", "")
                scope.add(None)
            elif kind in _message_handlers:
                result = _message_handlers[kind](self, message)
                if result is True:
                    scope.add(None)
                elif result:
                    scope.add(list(result))
        if scope.wanted:
            self.run(self._fragment_ids_for(scope))

    def _fragment_ids_for(self, scope: _Scope) -> tuple[str, ...]:
        """The fragments to run for these requests; () runs the whole script."""
        if self._interrupted is not None:
            scope.merge(self._interrupted)
            self._interrupted = None
        ids = scope.fragment_ids
        if not self.fragment_reruns or ids is None or any(f not in self.fragments for f in ids):
            return ()
        return tuple(ids)

    # ------------------------------------------------------------ runs

    def run(self, fragment_ids: tuple[str, ...] = ()) -> RunOutcome:
        """Run the script (or just these fragments), then again for as long as it asks for
        reruns (st.rerun)."""
        outcome = self._run_once(fragment_ids)
        reruns = 0
        while outcome.status == "rerun" and outcome.rerun is not None:
            next_ids = outcome.rerun.fragment_ids if self.fragment_reruns else ()
            if outcome.rerun.reason == "event" or self.interrupts.event_pending():
                # The caller delivers the pending events, which start the next run; it must
                # also cover what this one did not finish.
                self._interrupted = _Scope()
                self._interrupted.add(list(next_ids if outcome.rerun.reason != "event" else fragment_ids) or None)
                break
            reruns += 1
            if reruns > MAX_CONSECUTIVE_RERUNS:
                break
            fragment_ids = next_ids
            outcome = self._run_once(fragment_ids)
        return outcome

    def _new_context(self, fragment_ids: tuple[str, ...] = ()) -> RunContext:
        self.run_id += 1
        # The first run always completes: events sent from the prerendered screen refer to
        # widgets that only exist once a run has registered them. (Stop still works.)
        interrupts = self.interrupts if self.completed_runs else _StopOnly(self.interrupts)
        return RunContext(
            run_id=self.run_id, sink=self.sink, session_state=self.session_state,
            interrupts=interrupts, app_root=self.runner.app_root, session=self,
            fragment_ids_this_run=fragment_ids,
        )

    def _run_once(self, fragment_ids: tuple[str, ...] = ()) -> RunOutcome:
        ctx = self._new_context(fragment_ids)
        started = time.perf_counter()
        started_message: dict[str, Any] = {"type": "run_started", "run_id": ctx.run_id, "event_seq": self.event_seq}
        if fragment_ids:
            # The renderer rewrites (and prunes) only these containers.
            started_message["fragment_paths"] = [list(p) for p in self.fragments.paths(fragment_ids)]
        ctx.post(started_message)
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
        # As in Streamlit, a run the script cut short with st.rerun() counts as complete (the
        # widgets it did not reach lose their state); after st.stop() or an error, nothing is
        # dropped and the clicks are consumed only when the next events arrive.
        script_rerun = outcome.rerun is not None and outcome.rerun.reset_triggers
        self.session_state.end_run(completed=completed or script_rerun, reset_triggers=reset_triggers,
                                   fragment_ids=fragment_ids,
                                   defer_reset=outcome.status == "stopped" or outcome.error is not None)
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
        if ctx.fragment_ids_this_run:
            outcome = execute_fragments(self.fragments, ctx.fragment_ids_this_run)
        else:
            outcome = self.runner.execute(ctx.script_path)
            if outcome.status == "complete" and outcome.error is None:
                self.fragments.clear(keep=ctx.new_fragment_ids)
        reset_dg_stack()
        # A fragment's exception is already shown inside the fragment.
        if outcome.error is not None and not isinstance(outcome.error, FragmentHandledException):
            self._show_error(ctx, outcome.error)
        return outcome

    def _show_error(self, ctx: RunContext, exc: BaseException) -> None:
        try:
            target = main_dg
            paths = self.fragments.paths(ctx.fragment_ids_this_run)
            if paths:
                # A fragment run (a callback failed before it): show the error in the fragment,
                # the only place the run rewrites, instead of over the app's first element.
                target = DeltaGenerator(paths[0][:-1], slot=paths[0])._enqueue_block(
                    {"type": "vertical", "border": False, "height": None, "key": None})
            target.exception(exc)
        except (StopRun, RerunRun):
            pass  # an event arrived: the error will be shown again by the next run if it persists

    def _run_callbacks(self) -> None:
        callbacks, self._pending_callbacks = self._pending_callbacks, []
        for spec in callbacks:
            assert spec.on_change is not None
            try:
                spec.on_change(*spec.args, **spec.kwargs)
            except RerunRun as control:
                if not control.request.reset_triggers:
                    raise  # a new event cut the run short
                # As in Streamlit: the script runs next anyway.
                main_dg.warning("Calling st.rerun() within a callback is a no-op.")


class _StopOnly:
    """Interrupts that honour Stop but not new events."""

    def __init__(self, inner: InterruptSource) -> None:
        self._inner = inner

    def event_pending(self) -> bool:
        return False

    def stop_requested(self) -> bool:
        return self._inner.stop_requested()


class _Scope:
    """What a batch of requests asks to run: nothing yet, the whole script, or fragments."""

    def __init__(self) -> None:
        self.wanted = False
        # None: the whole script; otherwise the fragment ids, in order.
        self.fragment_ids: list[str] | None = []

    def add(self, fragment_ids: list[str] | None) -> None:
        """Request these fragments (None: the whole script, which covers every fragment)."""
        self.wanted = True
        if fragment_ids is None or self.fragment_ids is None:
            self.fragment_ids = None
        else:
            self.fragment_ids += [f for f in fragment_ids if f not in self.fragment_ids]

    def merge(self, other: _Scope) -> None:
        if other.wanted:
            self.add(other.fragment_ids)

