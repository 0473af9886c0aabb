"""Control flow of a run, by exceptions that user code cannot swallow.

They derive from BaseException, so `except Exception:` in a user's script does not catch them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RerunRequest:
    """Why a rerun was asked for.

    `reset_triggers`: True when the script itself asked (st.rerun): the buttons that were
    clicked already did their work, so the next run sees them False. False when a new event
    cut the run short: the click has not been fully handled yet, so it survives into the next run.
    """

    reason: str
    reset_triggers: bool
    scope: str = "app"
    # The fragments the next run executes (st.rerun(scope="fragment")); empty: the whole script.
    fragment_ids: tuple[str, ...] = ()


class StopRun(BaseException):
    """st.stop() or the user's Stop: end the run here; keep what was drawn."""


class RerunRun(BaseException):
    """End the run now and start a new one (st.rerun() or a pending event)."""

    def __init__(self, request: RerunRequest):
        super().__init__(request.reason)
        self.request = request
