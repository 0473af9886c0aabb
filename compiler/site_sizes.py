"""File sizes: limits that static hosts enforce, and what a visitor downloads (raw and gzip)."""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from appwasm_compiler.downloads import cache_root
from appwasm_compiler.errors import BuildError

# GitHub Pages (and GitHub itself) refuse files over 100 MB.
MAX_FILE_BYTES = 100 * 1000 * 1000
LARGE_FILE_BYTES = 10 * 1000 * 1000


class FileTooLarge(BuildError):
    pass


def human_bytes(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def check_app_files(root: Path, files: list[str]) -> list[str]:
    """Warnings for large app files; FileTooLarge for one over the hosts' limit."""
    warnings = []
    for relative in files:
        size = (root / relative).stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileTooLarge(
                f"{relative} is {human_bytes(size)}, over the 100 MB that GitHub Pages and most static hosts accept",
                f"leave it out with --exclude {relative}, or make it smaller (compress it, or fetch a part of it)",
            )
        if size > LARGE_FILE_BYTES:
            warnings.append(f"{relative} is {human_bytes(size)}: every visitor downloads it before the app starts")
    return warnings


def check_site_files(site: Path) -> None:
    """FileTooLarge when a file of the built site (e.g. the app archive) is over the limit."""
    for path in site.rglob("*"):
        if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
            relative = path.relative_to(site).as_posix()
            raise FileTooLarge(
                f"the site's {relative} would be {human_bytes(path.stat().st_size)}, over the 100 MB that GitHub "
                "Pages and most static hosts accept",
                "leave large data files out with --exclude, or split them",
            )


def gzip_size(path: Path) -> int:
    """Bytes of `path` gzip-compressed at level 6 (what a static host's compression gives)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    total = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            total += len(compressor.compress(chunk))
    return total + len(compressor.flush())


@dataclass
class SiteSize:
    raw: int
    gzip: int


# Compressing Pyodide's core and the wheels took most of a build's time, and they are the same
# files build after build: their gzip sizes are remembered by content hash (hashing is ~30x
# faster than compressing).
GZIP_SIZES = "gzip-sizes.json"
REMEMBER_OVER_BYTES = 256 * 1024


def _remembered() -> tuple[Path, dict[str, int]]:
    path = cache_root() / GZIP_SIZES
    try:
        return path, {str(k): int(v) for k, v in json.loads(path.read_text()).items()}
    except (OSError, ValueError, AttributeError):
        return path, {}


def _remember(path: Path, sizes: dict[str, int]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(sizes))
        os.replace(partial, path)
    except OSError:
        pass  # a read-only cache only makes the next build slower


def measure_site(site: Path) -> SiteSize:
    store, known = _remembered()
    learned = False
    raw = gz = 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        raw += size
        if size < REMEMBER_OVER_BYTES:
            gz += gzip_size(path)
            continue
        with open(path, "rb") as f:
            key = hashlib.file_digest(f, "sha256").hexdigest()
        if key not in known:
            known[key] = gzip_size(path)
            learned = True
        gz += known[key]
    if learned:
        _remember(store, known)
    return SiteSize(raw, gz)
