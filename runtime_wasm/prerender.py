"""Run an app once, headless, and print the messages of its first run (the build's prerender).

The compiler runs this in a subprocess with the host's Python at build time:

    python -m appwasm.prerender APP_ROOT ENTRY

and embeds the result in index.html, so the page shows the app's first screen before Pyodide
has even started. The live first run then replaces it (unchanged elements keep their DOM), and
widget ids are deterministic, so a widget touched before Python is ready is the same widget in
the live session. Exit status: 0 with JSON on stdout, 1 with a one-line reason on stderr.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import Any

from appwasm.alias import streamlit_alias
from appwasm.runner.context import ListSink
from appwasm.runner.session import AppSession

# What the page needs to draw the first screen; run bookkeeping is recreated by the renderer.
_KEPT = {"delta", "page_config"}


class PrerenderFailed(Exception):
    """The first run did not complete cleanly; the message says why."""


def prerender(app_root: str, entry: str) -> dict[str, Any]:
    """The first run's deltas and page config, or raise if the run did not complete cleanly."""
    sink = ListSink()
    os.chdir(app_root)
    session = AppSession(os.path.join(app_root, entry), sink, app_root=app_root)
    with streamlit_alias():
        outcome = session.run()
    if outcome.status not in ("complete", "stopped") or outcome.error is not None:
        reason = f"{type(outcome.error).__name__}: {outcome.error}" if outcome.error else outcome.status
        raise PrerenderFailed(reason)
    # Binary data travels in deltas (images) or in messages of their own (frames): either way
    # the first screen needs it, and it is not prerendered.
    if any("_buffers" in m for m in sink.messages):
        raise PrerenderFailed("the first run draws binary data (images, frames), which is not prerendered")
    messages = [m for m in sink.messages if m.get("type") in _KEPT]
    return {"messages": messages, "status": outcome.status}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: python -m appwasm.prerender APP_ROOT ENTRY", file=sys.stderr)
        return 2
    real_stdout = sys.stdout
    try:
        # The script's own prints must not corrupt the JSON on stdout.
        with contextlib.redirect_stdout(sys.stderr):
            result = prerender(os.path.abspath(argv[1]), argv[2])
    except BaseException as exc:  # any failure means "no prerender", never a failed build
        reason = str(exc) if isinstance(exc, PrerenderFailed) else f"{type(exc).__name__}: {exc}"
        print((reason.splitlines() or [""])[0][:300], file=sys.stderr)
        return 1
    json.dump(result, real_stdout, separators=(",", ":"), default=str, allow_nan=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
