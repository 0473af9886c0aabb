"""The compatibility corpus: every app of tests/compat/apps gives the same element tree under
appwasm's AppTest as under real Streamlit's (benchmarks/compat/run.py).

The first run creates a virtual environment with streamlit==1.40.2 in the cache folder (pip,
about a minute); later runs reuse it. All apps run in one process per interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.compat
@pytest.mark.network
def test_every_corpus_app_matches_streamlit() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "compat" / "run.py"), str(REPO / "tests" / "compat" / "apps")],
        capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, f"{proc.stdout[-20000:]}\n{proc.stderr[-4000:]}"
    assert " 0 with differences, 0 crashed" in proc.stdout
