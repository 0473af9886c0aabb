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
