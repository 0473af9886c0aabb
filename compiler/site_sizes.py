"""File sizes: limits that static hosts enforce, and what a visitor downloads (raw and gzip)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

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


def measure_site(site: Path) -> SiteSize:
    raw = gz = 0
    for path in site.rglob("*"):
        if path.is_file():
            raw += path.stat().st_size
            gz += gzip_size(path)
    return SiteSize(raw, gz)
