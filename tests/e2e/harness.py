"""Helpers for end-to-end tests: build an app, serve it on loopback, open it in Chromium."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
APPS = Path(__file__).resolve().parent / "apps"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("end-to-end tests need Debian's chromium: apt-get install -y chromium")
    return path


def ensure_shell_bundle() -> None:
    """Rebuild the shell bundle when a TypeScript source is newer than it (development loop)."""
    bundle = REPO / "compiler" / "_bundled" / "shell" / "app.js"
    sources = [p for p in (REPO / "shell" / "src").rglob("*") if p.is_file()] + [REPO / "shell" / "build.mjs"]
    newest = max(p.stat().st_mtime for p in sources)
    if not bundle.exists() or bundle.stat().st_mtime < newest:
        subprocess.run(["node", "build.mjs"], cwd=REPO / "shell", check=True)


def build_site(app: Path, out: Path, *extra: str) -> Path:
    # Test builds leave no appwasm.lock beside the test apps, unless a test checks the lock.
    lock_flags = [] if "--locked" in extra else ["--no-lock"]
    subprocess.run(
        [sys.executable, "-m", "appwasm_compiler", "build", str(app), "-o", str(out), *lock_flags, *extra],
        check=True, capture_output=True, text=True,
    )
    return out


@dataclass
class Server:
    process: subprocess.Popen
    url: str

    def stop(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=10)


def serve_site(site: Path, *, isolate: bool = True, base: str = "/") -> Server:
    args = [sys.executable, "-m", "appwasm_compiler", "serve", str(site), "--port", "0", "--quiet", "--base", base]
    args.append("--isolate" if isolate else "--no-isolate")
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline() if process.stdout else ""
    match = re.search(r"(http://127\.0\.0\.1:\d+/\S*)", line)
    if not match:
        process.kill()
        raise RuntimeError(f"appwasm serve did not start: {line!r}")
    return Server(process, match.group(1))
