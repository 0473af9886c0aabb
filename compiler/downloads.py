"""HTTP downloads with retries, sha256 checks and a content-addressed cache.

Everything the build fetches (Pyodide's core from npm, binary wheels from a Pyodide
distribution, pure-Python wheels from PyPI) goes through here, so a failure always names the
URL and the retries, and nothing half-downloaded is ever used.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import os
import shutil
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import platformdirs

from appwasm_compiler.errors import BuildError

USER_AGENT = "appwasm-build (+https://github.com/appwasm/appwasm)"
RETRIES = 3
TIMEOUT_S = 60


def cache_root() -> Path:
    """The user cache folder (APPWASM_CACHE_DIR overrides, for tests and CI)."""
    override = os.environ.get("APPWASM_CACHE_DIR")
    return Path(override) if override else Path(platformdirs.user_cache_dir("appwasm"))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class DownloadError(BuildError):
    """A download that failed; `status` is the HTTP status when the server answered."""

    def __init__(self, message: str, hint: str | None = None, *, url: str = "", status: int | None = None) -> None:
        super().__init__(message, hint)
        self.url = url
        self.status = status


class DownloadObserver(Protocol):
    """Told about each download as it runs (the build's progress display is one)."""

    def started(self, url: str, what: str, total: int | None) -> object: ...
    def advanced(self, token: object, received: int) -> None: ...
    def finished(self, token: object) -> None: ...


_observer: contextvars.ContextVar[DownloadObserver | None] = contextvars.ContextVar("download_observer", default=None)


@contextlib.contextmanager
def observe_downloads(observer: DownloadObserver | None) -> Iterator[None]:
    """Report the downloads made inside this block to `observer`."""
    token = _observer.set(observer)
    try:
        yield
    finally:
        _observer.reset(token)


def _read(response: object, url: str, what: str) -> bytes:
    observer = _observer.get()
    length = getattr(response, "headers", {}).get("Content-Length")
    total = int(length) if length and str(length).isdigit() else None
    if observer is None:
        return response.read()  # type: ignore[attr-defined]
    token = observer.started(url, what, total)
    chunks = []
    try:
        while chunk := response.read(1 << 16):  # type: ignore[attr-defined]
            chunks.append(chunk)
            observer.advanced(token, len(chunk))
    finally:
        observer.finished(token)
    return b"".join(chunks)


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def fetch_bytes(url: str, *, what: str, retries: int = RETRIES, headers: dict[str, str] | None = None) -> bytes:
    """GET `url`; a clear error naming `what` and the URL after `retries` attempts."""
    last: Exception | None = None
    for attempt in range(retries):
        try:
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                return _read(response, url, what)
        except urllib.error.HTTPError as exc:
            if 400 <= exc.code < 500 and exc.code != 429:
                raise DownloadError(f"{what}: {url} answered HTTP {exc.code}", url=url, status=exc.code) from None
            last = exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            last = exc
        if attempt + 1 < retries:
            time.sleep(0.5 * 2**attempt)
    reason = getattr(last, "reason", last)
    raise DownloadError(
        f"{what}: could not download {url} after {retries} attempts ({reason})",
        "check the network, or build from the download cache with --offline (after one online build)",
        url=url,
    )


def download_to_cache(
    url: str,
    *,
    sha256: str | None,
    what: str,
    offline: bool = False,
    progress: Callable[[str, int], None] | None = None,
) -> Path:
    """The cached file for `url` (verified by sha256 when given), downloading it if needed."""
    cache = cache_root() / "downloads"
    key = sha256 or hashlib.sha256(url.encode()).hexdigest()
    target = cache / key[:2] / f"{key}-{Path(url.split('?')[0]).name}"
    if target.exists() and (sha256 is None or sha256_file(target) == sha256):
        return target
    if offline:
        raise DownloadError(f"{what}: {url} is not in the cache and --offline was given",
                            "run the build once without --offline to fill the cache", url=url)
    data = fetch_bytes(url, what=what)
    actual = hashlib.sha256(data).hexdigest()
    if sha256 is not None and actual != sha256:
        raise DownloadError(
            f"{what}: {url} has sha256 {actual}, expected {sha256}",
            "the file changed upstream or was corrupted in transit; do not use it", url=url,
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, target)
    if progress:
        progress(url, len(data))
    return target


def copy_verified(source: Path, dest: Path, *, sha256: str | None, what: str) -> None:
    """Copy a local file, checking its sha256 when given."""
    if not source.exists():
        raise BuildError(f"{what}: {source} does not exist")
    if sha256 is not None:
        actual = sha256_file(source)
        if actual != sha256:
            raise BuildError(f"{what}: {source} has sha256 {actual}, expected {sha256}",
                             "the distribution's lock and its files do not match")
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
