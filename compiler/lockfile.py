"""appwasm.lock: the app's packages, resolved for one Pyodide, pinned with their sha256.

Written beside the app after a resolution and reused by the next build while its inputs (the
declared requirements, the third-party imports, the Pyodide version) are unchanged, so a
build is reproducible and needs no index request. `--locked` turns a stale lock into an
error. The format is TOML, written by hand here (the standard library only reads TOML).
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from appwasm_compiler.errors import BuildError
from appwasm_compiler.resolver import dependency_order
from appwasm_compiler.app_source import LOCK_NAME

LOCK_VERSION = 1
_HEADER = (
    "# appwasm.lock: the packages of this app, resolved for Pyodide by `appwasm build`.\n"
    "# Commit it: builds reuse it while the app's requirements and imports are unchanged,\n"
    "# and `appwasm build --locked` fails when it is stale. Do not edit it by hand.\n"
)


class LockError(BuildError):
    pass


@dataclass(frozen=True)
class LockInputs:
    """What a resolution depends on; a lock is stale when any of it changed."""

    pyodide: str
    python: str
    requirements: tuple[str, ...]
    imports: tuple[str, ...]

    def changes_from(self, other: LockInputs) -> list[str]:
        """Human-readable differences between `other` (the lock's) and these (the app's)."""
        changes = []
        if other.pyodide != self.pyodide:
            changes.append(f"Pyodide {other.pyodide} -> {self.pyodide}")
        for label, old, new in (("requirement", other.requirements, self.requirements),
                                ("import", other.imports, self.imports)):
            changes += [f"{label} '{x}' added" for x in sorted(set(new) - set(old))]
            changes += [f"{label} '{x}' removed" for x in sorted(set(old) - set(new))]
        return changes


@dataclass
class LockedPackage:
    name: str
    version: str
    source: str  # "pyodide" | "pypi"
    sha256: str = ""
    file_name: str = ""
    url: str = ""
    size: int = 0
    imports: list[str] = field(default_factory=list)
    depends: list[str] = field(default_factory=list)


@dataclass
class AppLock:
    inputs: LockInputs
    packages: list[LockedPackage]
    # Each third-party import and the distribution that provides it ("" = none found).
    import_map: dict[str, str]

    def ordered(self) -> list[LockedPackage]:
        """The packages, each after the ones it depends on (by name otherwise)."""
        by_name = {p.name: p for p in self.packages}
        return [by_name[n] for n in dependency_order({p.name: p.depends for p in self.packages}, by_name)]


def _string(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes when non-ASCII stays literal.
    return json.dumps(value, ensure_ascii=False)


def _array(values: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(_string(v) for v in values) + "]"


def dumps(lock: AppLock) -> str:
    lines = [_HEADER, f"version = {LOCK_VERSION}", f"pyodide = {_string(lock.inputs.pyodide)}",
             f"python = {_string(lock.inputs.python)}", f"requirements = {_array(lock.inputs.requirements)}", "",
             "# Each third-party import of the app and the package that provides it (\"\" = none).", "[imports]"]
    lines += [f"{_string(module)} = {_string(dist)}" for module, dist in sorted(lock.import_map.items())]
    for package in sorted(lock.packages, key=lambda p: p.name):
        lines += ["", "[[package]]", f"name = {_string(package.name)}", f"version = {_string(package.version)}",
                  f"source = {_string(package.source)}"]
        if package.source != "pyodide":
            lines += [f"file_name = {_string(package.file_name)}", f"url = {_string(package.url)}",
                      f"size = {int(package.size)}"]
        lines += [f"sha256 = {_string(package.sha256)}", f"imports = {_array(package.imports)}",
                  f"depends = {_array(package.depends)}"]
    return "\n".join(lines) + "\n"


def loads(text: str, *, origin: str) -> AppLock:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LockError(f"{origin} is not valid TOML ({exc})", f"delete {LOCK_NAME} and build again to recreate it") from None
    if data.get("version") != LOCK_VERSION:
        raise LockError(f"{origin} has format version {data.get('version')!r}; this appwasm reads version {LOCK_VERSION}",
                        f"delete {LOCK_NAME} and build again to recreate it")
    try:
        imports = {str(k): str(v) for k, v in data.get("imports", {}).items()}
        inputs = LockInputs(pyodide=str(data["pyodide"]), python=str(data["python"]),
                            requirements=tuple(data.get("requirements", [])), imports=tuple(sorted(imports)))
        packages = [LockedPackage(
            name=p["name"], version=p["version"], source=p["source"], sha256=p.get("sha256", ""),
            file_name=p.get("file_name", ""), url=p.get("url", ""), size=int(p.get("size", 0)),
            imports=list(p.get("imports", [])), depends=list(p.get("depends", [])),
        ) for p in data.get("package", [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise LockError(f"{origin} is incomplete ({exc!r} is missing or wrong)",
                        f"delete {LOCK_NAME} and build again to recreate it") from None
    return AppLock(inputs, packages, imports)


def read_lock(path: Path) -> AppLock | None:
    if not path.exists():
        return None
    return loads(path.read_text(encoding="utf-8"), origin=str(path))


def write_lock(path: Path, lock: AppLock) -> bool:
    """Write the lock unless it is unchanged; False when the folder cannot be written."""
    text = dumps(lock)
    try:
        if path.exists() and path.read_text(encoding="utf-8") == text:
            return True
        path.write_text(text, encoding="utf-8")
    except OSError:
        return False
    return True
