"""A client for a Python package index (PyPI's simple API, PEP 503/691) with an offline cache.

What the resolver needs from an index: the wheel files of a project (with hashes, Python
requirements, yanked flags), the core metadata of one wheel (PEP 658 `.metadata` file when
the index offers it, else read from the wheel itself), and the wheel file. Project pages are
fetched fresh on each online build and kept in the cache, so `--offline` can resolve too;
metadata and wheels are immutable and cached by hash.
"""

from __future__ import annotations

import email.parser
import hashlib
import json
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path
from typing import Protocol
from urllib.parse import urldefrag, urljoin

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import Version

from appwasm_compiler.downloads import DownloadError, cache_root, download_to_cache, fetch_bytes
from appwasm_compiler.errors import BuildError

DEFAULT_INDEX_URL = "https://pypi.org/simple/"
_JSON_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"


class ProjectNotFound(BuildError):
    pass


@dataclass(frozen=True)
class WheelFile:
    """One wheel of a project on the index."""

    name: str  # canonical project name
    version: Version
    file_name: str
    url: str
    sha256: str
    size: int | None = None
    requires_python: str | None = None
    yanked: bool = False
    # PEP 658: the index serves `url + ".metadata"`; its sha256 when known ("" = unknown).
    metadata_sha256: str | None = None


@dataclass(frozen=True)
class WheelMetadata:
    requires_dist: tuple[Requirement, ...]
    requires_python: str | None


class PackageIndex(Protocol):
    """What the resolver asks of an index (PyPI, a mirror, or a test's in-memory index)."""

    def wheels(self, name: str) -> list[WheelFile]: ...
    def metadata(self, wheel: WheelFile) -> WheelMetadata: ...


def parse_metadata(data: bytes, *, what: str) -> WheelMetadata:
    message = email.parser.BytesParser().parsebytes(data, headersonly=True)
    requirements = []
    for text in message.get_all("Requires-Dist") or []:
        try:
            requirements.append(Requirement(str(text)))
        except InvalidRequirement:
            raise BuildError(f"{what} declares an invalid requirement: {text!r}") from None
    requires_python = message.get("Requires-Python")
    return WheelMetadata(tuple(requirements), str(requires_python).strip() if requires_python else None)


def wheel_top_level(path: Path) -> list[str]:
    """The importable top-level names of a wheel: top_level.txt, else its file list."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        top_level = next((n for n in names if re.fullmatch(r"[^/]+\.dist-info/top_level\.txt", n)), None)
        if top_level:
            listed = {line.strip().split("/")[0] for line in archive.read(top_level).decode().splitlines()}
            found = {n for n in listed if n and n.isidentifier()}
            if found:
                return sorted(found)
    modules = set()
    for name in names:
        first, _, rest = name.partition("/")
        if first.endswith((".dist-info", ".data")) or first.startswith("__"):
            continue
        if not rest and first.endswith(".py"):
            modules.add(first[:-3])
        elif rest:
            modules.add(first)
    return sorted(m for m in modules if m.isidentifier())


def wheel_metadata_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        name = next((n for n in archive.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n)), None)
        if name is None:
            raise BuildError(f"the wheel {path.name} has no METADATA file")
        return archive.read(name)


class _LinkParser(HTMLParser):
    """PEP 503 project pages: one <a> per file."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":
            return
        found = dict(attrs)
        href = found.get("href") or ""
        url, fragment = urldefrag(href)
        hashes = dict([fragment.split("=", 1)]) if "=" in fragment else {}
        metadata = found.get("data-core-metadata") or found.get("data-dist-info-metadata")
        self.files.append({
            "filename": url.rsplit("/", 1)[-1], "url": url, "hashes": hashes,
            "requires-python": found.get("data-requires-python"),
            "yanked": "data-yanked" in found,
            "core-metadata": (dict([metadata.split("=", 1)]) if metadata and "=" in metadata else bool(metadata)),
        })


def _store_bytes(cached: Path, data: bytes) -> None:
    """Write a cache file whole or not at all (an interrupted build leaves no truncated file)."""
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("wb", dir=cached.parent, delete=False) as tmp:
        tmp.write(data)
    os.replace(tmp.name, cached)


class PyPIClient:
    """PackageIndex over HTTP, with the project pages and metadata kept in the download cache."""

    def __init__(self, index_url: str = DEFAULT_INDEX_URL, *, offline: bool = False) -> None:
        self.index_url = index_url if index_url.endswith("/") else index_url + "/"
        self.offline = offline
        self._pages: dict[str, list[WheelFile]] = {}
        self._metadata: dict[WheelFile, WheelMetadata] = {}

    @cached_property
    def _cache(self) -> Path:
        key = hashlib.sha256(self.index_url.encode()).hexdigest()[:12]
        return cache_root() / "index" / key

    def project_url(self, name: str) -> str:
        return f"{self.index_url}{canonicalize_name(name)}/"

    def _page(self, name: str) -> tuple[str, dict]:
        url = self.project_url(name)
        cached = self._cache / "projects" / f"{canonicalize_name(name)}.json"
        if self.offline:
            if not cached.exists():
                raise DownloadError(f"the index page of '{name}' ({url}) is not in the cache and --offline was given",
                                    "run the build once without --offline to fill the cache", url=url)
            page = json.loads(cached.read_text())
        else:
            try:
                raw = fetch_bytes(url, what=f"the index page of '{name}'", headers={"Accept": _JSON_ACCEPT})
                page = _decode_page(raw)
            except DownloadError as exc:
                if exc.status != 404:
                    raise
                page = {"files": [], "appwasm-not-found": True}  # remembered, so --offline agrees
            self._store(cached, page)
        if page.get("appwasm-not-found"):
            raise ProjectNotFound(f"'{name}' is not a project on {self.index_url}")
        return url, page

    @staticmethod
    def _store(cached: Path, page: dict) -> None:
        _store_bytes(cached, json.dumps(page).encode())

    def wheels(self, name: str) -> list[WheelFile]:
        key = canonicalize_name(name)
        if key not in self._pages:
            url, page = self._page(key)
            self._pages[key] = _wheels_of(key, url, page)
        return self._pages[key]

    def metadata(self, wheel: WheelFile) -> WheelMetadata:
        """The wheel's core metadata (remembered for this build; cached on disk by content)."""
        if wheel not in self._metadata:
            self._metadata[wheel] = self._read_metadata(wheel)
        return self._metadata[wheel]

    def _read_metadata(self, wheel: WheelFile) -> WheelMetadata:
        what = f"the metadata of {wheel.file_name}"
        # By the wheel's sha256; an index that gives none is keyed by the URL (as downloads are).
        key = wheel.sha256 or hashlib.sha256(wheel.url.encode()).hexdigest()
        cached = cache_root() / "metadata" / key[:2] / f"{key}.METADATA"
        if cached.exists():
            return parse_metadata(cached.read_bytes(), what=what)
        data: bytes | None = None
        if wheel.metadata_sha256 is not None and not self.offline:
            try:
                data = fetch_bytes(wheel.url + ".metadata", what=what)
            except DownloadError as exc:
                if exc.status is None:
                    raise
                data = None  # advertised but missing: read it from the wheel instead
            if data is not None and wheel.metadata_sha256 and hashlib.sha256(data).hexdigest() != wheel.metadata_sha256:
                raise DownloadError(f"{what}: {wheel.url}.metadata does not match its sha256", url=wheel.url)
        if data is None:
            data = wheel_metadata_bytes(self.fetch(wheel))
        _store_bytes(cached, data)
        return parse_metadata(data, what=what)

    def fetch(self, wheel: WheelFile) -> Path:
        """The wheel file in the download cache (checked against its sha256)."""
        return download_to_cache(wheel.url, sha256=wheel.sha256 or None, what=f"{wheel.name} {wheel.version} ({wheel.file_name})",
                                 offline=self.offline)


def _decode_page(raw: bytes) -> dict:
    text = raw.decode("utf-8", errors="replace")
    if text.lstrip().startswith("{"):
        return json.loads(text)
    parser = _LinkParser()
    parser.feed(text)
    return {"files": parser.files}


def _wheels_of(name: str, page_url: str, page: dict) -> list[WheelFile]:
    wheels = []
    for entry in page.get("files", []):
        file_name = entry.get("filename", "")
        if not file_name.endswith(".whl"):
            continue
        try:
            project, version, _, _ = parse_wheel_filename(file_name)
        except InvalidWheelFilename:
            continue
        if canonicalize_name(project) != name:
            continue
        metadata = entry.get("core-metadata", entry.get("data-dist-info-metadata"))
        metadata_sha = (metadata.get("sha256", "") if isinstance(metadata, dict) else ("" if metadata else None))
        wheels.append(WheelFile(
            name=name, version=version, file_name=file_name, url=urljoin(page_url, entry["url"]),
            sha256=entry.get("hashes", {}).get("sha256", ""), size=entry.get("size"),
            requires_python=entry.get("requires-python") or None, yanked=bool(entry.get("yanked")),
            metadata_sha256=metadata_sha,
        ))
    return wheels
