"""Build the runtime wheel (appwasm's `appwasm` package) that the browser installs.

It is built from the installed runtime's own files at build time, so the site always carries
the runtime that matches the compiler. The wheel is reproducible: sorted entries and fixed
timestamps give the same bytes (and sha256) for the same sources.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import appwasm
from appwasm._version import __version__

# Host-only parts of the runtime that the browser never needs.
_EXCLUDED_DIRS = {"__pycache__", "testing"}
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class RuntimeWheel:
    file_name: str
    data: bytes
    sha256: str
    version: str


def _runtime_files() -> list[tuple[str, bytes]]:
    root = Path(appwasm.__file__).resolve().parent
    files = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or any(part in _EXCLUDED_DIRS for part in relative.parts):
            continue
        if path.suffix not in (".py", ".typed"):
            continue
        files.append((f"appwasm/{relative.as_posix()}", path.read_bytes()))
    return files


def _record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_runtime_wheel() -> RuntimeWheel:
    version = __version__
    dist_info = f"appwasm-{version}.dist-info"
    entries = _runtime_files()
    entries.append((f"{dist_info}/METADATA", (
        f"Metadata-Version: 2.1\nName: appwasm\nVersion: {version}\n"
        "Summary: appwasm's runtime (the st API and script runner) for Pyodide\n"
    ).encode()))
    entries.append((f"{dist_info}/WHEEL", (
        "Wheel-Version: 1.0\nGenerator: appwasm\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    ).encode()))
    entries.append((f"{dist_info}/top_level.txt", b"appwasm\n"))
    record = [_record_line(name, data) for name, data in entries] + [f"{dist_info}/RECORD,,"]
    entries.append((f"{dist_info}/RECORD", ("\n".join(record) + "\n").encode()))

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as wheel:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            wheel.writestr(info, data)
    data = buffer.getvalue()
    return RuntimeWheel(
        file_name=f"appwasm-{version}-py3-none-any.whl", data=data,
        sha256=hashlib.sha256(data).hexdigest(), version=version,
    )
