"""A Pyodide 0.29.0 distribution with numpy and pandas, assembled from the PyPI package gbdraw.

gbdraw==0.14.2 vendors the official Pyodide 0.29.0 core (web/vendor/pyodide/v0.29.0/full/)
and the official wheels of numpy 2.2.5, pandas 2.3.2, python-dateutil, pytz, six and tzdata
(their sha256 match the lock of npm pyodide@0.29.0, which `appwasm build` checks again). This
module downloads it once with `pip download` into the download cache, and lays out a folder
for `appwasm build --pyodide-dist DIR`: the core files, the lock, and those wheels. Wheels are
never committed to the repository.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

GBDRAW = "gbdraw==0.14.2"
CORE = "gbdraw/web/vendor/pyodide/v0.29.0/full/"
WHEELS = "gbdraw/web/vendor/pyodide-wheels/"
CORE_FILES = ("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json",
              "package.json")
PACKAGES = ("numpy", "pandas", "python-dateutil", "pytz", "six", "tzdata")


def cache_dir() -> Path:
    root = Path(os.environ.get("APPWASM_CACHE_DIR") or Path(__file__).resolve().parents[2] / ".cache" / "appwasm")
    return root / "gbdraw-0.14.2"


def _download() -> Path:
    folder = cache_dir()
    wheels = sorted(folder.glob("gbdraw-0.14.2-*.whl"))
    if wheels:
        return wheels[0]
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", GBDRAW, "--no-deps", "-d", str(folder), "-q"], check=True)
    return sorted(folder.glob("gbdraw-0.14.2-*.whl"))[0]


def pandas_pyodide_dist() -> Path:
    """The folder to pass as --pyodide-dist (built once, then reused)."""
    dist = cache_dir() / "pyodide-0.29.0"
    if (dist / ".complete").exists():
        return dist
    wheel = _download()
    staging = dist.with_name(dist.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for name in CORE_FILES:
            (staging / name).write_bytes(archive.read(CORE + name))
        lock = json.loads((staging / "pyodide-lock.json").read_text())
        for package in PACKAGES:
            entry = lock["packages"][package]
            file_name = entry["file_name"]
            member = next((p + file_name for p in (WHEELS, CORE) if p + file_name in names), None)
            if member is None:
                raise FileNotFoundError(f"{GBDRAW} does not carry {file_name}")
            data = archive.read(member)
            if hashlib.sha256(data).hexdigest() != entry["sha256"]:
                raise ValueError(f"{file_name} from {GBDRAW} does not match the sha256 of Pyodide 0.29.0's lock")
            (staging / file_name).write_bytes(data)
    (staging / ".complete").write_text(GBDRAW)
    shutil.rmtree(dist, ignore_errors=True)
    staging.rename(dist)
    return dist
