"""Shared pytest configuration."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Downloads go to a per-machine cache shared by test sessions, never the user's real one
    unless APPWASM_CACHE_DIR says so (CI points it at its own folder)."""
    os.environ.setdefault("APPWASM_CACHE_DIR", str(REPO / ".cache" / "appwasm"))


@pytest.fixture(scope="session", autouse=True)
def _generous_apptest_timeout() -> None:
    """Streamlit's AppTest gives a run 3 s by default; on a loaded 2-core CI machine a first
    import of pandas or matplotlib inside a run can take longer. Tests that are about the
    timeout pass their own."""
    from appwasm.testing.app_test import AppTest

    for function in (AppTest.__init__, AppTest.from_file.__func__, AppTest.from_string.__func__,
                     AppTest.from_function.__func__):
        if function.__kwdefaults__ and "default_timeout" in function.__kwdefaults__:
            function.__kwdefaults__["default_timeout"] = 60
