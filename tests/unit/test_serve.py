"""`appwasm serve` on loopback: MIME types, isolation headers, subpaths."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "pyodide").mkdir(parents=True)
    (site / "index.html").write_text("<!doctype html><title>t</title>")
    (site / "pyodide" / "pyodide.asm.wasm").write_bytes(b"\0asm")
    (site / "pyodide" / "pyodide.mjs").write_text("export {}")
    return site


def start(site: Path, *args: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "appwasm_compiler", "serve", str(site), "--port", "0", "--quiet", *args],
        stdout=subprocess.PIPE, text=True,
    )
    line = proc.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+/\S*)", line)
    assert match, line
    return proc, match.group(1)


def stop(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(timeout=10)


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, b""


def test_serves_with_isolation_headers_and_wasm_mime(site: Path):
    proc, url = start(site)
    try:
        assert url.startswith("http://127.0.0.1:")
        status, headers, body = get(url)
        assert status == 200 and b"<title>t</title>" in body
        assert headers["cross-origin-opener-policy"] == "same-origin"
        assert headers["cross-origin-embedder-policy"] == "credentialless"
        assert get(url + "pyodide/pyodide.asm.wasm")[1]["content-type"] == "application/wasm"
        assert get(url + "pyodide/pyodide.mjs")[1]["content-type"].startswith("text/javascript")
        assert get(url + "missing.js")[0] == 404
    finally:
        stop(proc)


def test_subpath_and_no_isolation(site: Path):
    proc, url = start(site, "--base", "/myapp/", "--no-isolate")
    try:
        assert url.endswith("/myapp/")
        status, headers, _ = get(url)
        assert status == 200 and "cross-origin-opener-policy" not in headers
        root = url[: url.index("/myapp/") + 1]
        assert get(root + "index.html")[0] == 404
    finally:
        stop(proc)


def test_serve_refuses_a_folder_that_is_not_a_site(tmp_path: Path):
    out = subprocess.run([sys.executable, "-m", "appwasm_compiler", "serve", str(tmp_path)], capture_output=True, text=True)
    assert out.returncode != 0 and "not a built site" in out.stderr
