"""st.stop and st.rerun."""

from __future__ import annotations

from typing import Literal, NoReturn

from appwasm.errors import StreamlitAPIException
from appwasm.runner.context import get_run_context
from appwasm.runner.exceptions import RerunRequest, RerunRun, StopRun


def stop() -> NoReturn:  # type: ignore[misc]
    """Stop the run here. Elements drawn so far stay; those after this point are removed.

    Outside a running app (plain `python app.py`) this does nothing, as in Streamlit.
    """
    if get_run_context() is not None:
        raise StopRun()
    return None  # type: ignore[return-value]


def rerun(*, scope: Literal["app", "fragment"] = "app") -> NoReturn:  # type: ignore[misc]
    """Stop the run here and start a new one at once, with the current widget values.

    Buttons clicked before the rerun read False in the new run. `scope="fragment"` reruns only
    the fragment that is running (an error outside a fragment).
    """
    if scope not in ("app", "fragment"):
        raise StreamlitAPIException(f"'{scope}'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'.")
    ctx = get_run_context()
    if ctx is None:
        return None  # type: ignore[return-value]
    fragment_ids: tuple[str, ...] = ()
    if scope == "fragment":
        # Only during a fragment run (not while a full run executes the fragment), as in
        # Streamlit; the next run executes this fragment and the ones queued after it.
        queue = ctx.fragment_ids_this_run
        if not queue or ctx.current_fragment_id not in queue:
            raise StreamlitAPIException(
                'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
            )
        fragment_ids = queue[queue.index(ctx.current_fragment_id):]
    raise RerunRun(RerunRequest(reason="script", reset_triggers=True, scope=scope, fragment_ids=fragment_ids))
