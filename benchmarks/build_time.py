"""How long `appwasm build` takes, next to the CLI's own start-up measured in the same run.

For each of N runs, in fresh processes:
  - baseline: `appwasm --version` (Python start-up + importing the CLI);
  - the hello example (no packages; the prerender included);
  - the multi-file example of the e2e tests (its own package, a CSV, three PyPI wheels):
      warm: its appwasm.lock and the download cache are reused (no index request);
      cold: no lock and an empty download cache (only Pyodide's core is kept), so the build
      resolves against PyPI and downloads the wheels: the first build on a new machine.

    python benchmarks/build_time.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, save, summarize, table

APPWASM = str(Path(sys.executable).with_name("appwasm"))
HELLO = REPO / "examples" / "hello" / "app.py"
MULTIFILE = REPO / "tests" / "e2e" / "apps" / "deps_multifile"
SHARED_CACHE = Path(os.environ.get("APPWASM_CACHE_DIR") or REPO / ".cache" / "appwasm")


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([APPWASM, *args], env=env, check=True, capture_output=True)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="appwasm-build-bench-"))
    warm_env = {**os.environ, "APPWASM_CACHE_DIR": str(SHARED_CACHE)}
    app = work / "multifile"
    shutil.copytree(MULTIFILE, app)
    timed(["build", str(HELLO), "-o", str(work / "hello")], warm_env)  # fills the shared cache once
    timed(["build", str(app), "-o", str(work / "multi")], warm_env)
    samples: dict[str, list[float]] = {k: [] for k in (
        "baseline: appwasm --version", "hello example", "multi-file app, lock and cache warm",
        "multi-file app, cold (resolve on PyPI, download wheels)")}
    try:
        for run in range(args.runs):
            samples["baseline: appwasm --version"].append(timed(["--version"], warm_env))
            samples["hello example"].append(timed(["build", str(HELLO), "-o", str(work / "hello")], warm_env))
            samples["multi-file app, lock and cache warm"].append(
                timed(["build", str(app), "-o", str(work / "multi")], warm_env))
            cold_cache = work / f"cold-cache-{run}"
            shutil.copytree(SHARED_CACHE / "pyodide", cold_cache / "pyodide")  # Pyodide's core is not what is measured
            (app / "appwasm.lock").unlink()
            samples["multi-file app, cold (resolve on PyPI, download wheels)"].append(
                timed(["build", str(app), "-o", str(work / "multi")], {**os.environ, "APPWASM_CACHE_DIR": str(cold_cache)}))
            print(f"run {run + 1}/{args.runs} done", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [(name, summarize(values)) for name, values in samples.items()]
    print(f"\nappwasm build, {args.runs} runs, medians:\n" + table(rows))
    print(f"\nraw samples: {save('build_time', {'args': vars(args), 'results': samples})}")


if __name__ == "__main__":
    main()
