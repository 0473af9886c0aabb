"""Shared pieces of the benchmarks: building, serving, Chromium, statistics, tables."""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.e2e.harness import CHROMIUM_ARGS, build_site, chromium_path, ensure_shell_bundle, serve_site  # noqa: E402

RESULTS = REPO / "benchmarks" / "results"

__all__ = ["CHROMIUM_ARGS", "build_site", "chromium_path", "ensure_shell_bundle", "serve_site", "summarize", "table",
           "save"]


def summarize(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def table(rows: list[tuple[str, dict[str, float]]], unit: str = "ms") -> str:
    width = max(len(name) for name, _ in rows)
    lines = [f"{'metric'.ljust(width)}  {'median':>9}  {'min':>9}  {'max':>9}  n",
             f"{'-' * width}  {'-' * 9}  {'-' * 9}  {'-' * 9}  --"]
    for name, s in rows:
        lines.append(f"{name.ljust(width)}  {s['median']:>7.0f}{unit}  {s['min']:>7.0f}{unit}  {s['max']:>7.0f}{unit}  {int(s['n'])}")
    return "\n".join(lines)


def save(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(data, indent=1))
    return path


def copy_into(site: Path, name: str, text: str) -> None:
    (site / name).write_text(text)


def which_chromium() -> str:
    return shutil.which("chromium") or chromium_path()
