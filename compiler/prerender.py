"""Prerender the app's first screen at build time (see appwasm.prerender).

The user's script runs in a subprocess with the host's Python, a time limit, and the app folder
as its working directory. Any failure (an import the host lacks, an error, a timeout) only means
the page starts with a skeleton instead: the build goes on and says why.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Prerender:
    messages: list[dict[str, Any]] | None
    # Why there is no prerender (None when there is one).
    skipped: str | None


def prerender_app(app_root: Path, entry: str, *, timeout: float = DEFAULT_TIMEOUT_S) -> Prerender:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", APPWASM_PRERENDER="1")
    try:
        done = subprocess.run(
            [sys.executable, "-m", "appwasm.prerender", str(app_root), entry],
            cwd=app_root, env=env, capture_output=True, text=True, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return Prerender(None, f"the first run took longer than {timeout:.0f}s on this machine")
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["unknown error"])[-1]
        return Prerender(None, reason)
    try:
        result = json.loads(done.stdout)
    except ValueError:
        return Prerender(None, "the app printed to stdout during the run")
    return Prerender(result["messages"], None)
