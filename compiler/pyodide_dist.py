"""The Pyodide distribution a site is built against: its core files, its lock, its packages.

Default: the pinned `pyodide` package from the npm registry (checked by sha256, cached in the
user cache folder) for the core, and the official distribution URL of that version for binary
packages. `--pyodide-dist PATH|URL` names a local folder or a mirror with the core files,
pyodide-lock.json and any wheels instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from appwasm_compiler.downloads import (
    DownloadError,
    cache_root,
    copy_verified,
    download_to_cache,
    fetch_bytes,
    is_url,
)
from appwasm_compiler.errors import PackageUnavailable, PyodideUnavailable

PINNED_VERSION = "314.0.7"
# sha256 of the npm tarballs appwasm knows (npm itself publishes sha512/sha1 only).
NPM_TARBALL_SHA256 = {
    "314.0.7": "66b7949e5a0cba2250b586d7e368bf12fb482800748d182c4618254b685ffaa0",
    "0.29.0": "52ea0e976b6e8373ef911f21cb3751ea50b03eb423b093fbfa21ffc27e842f01",
}
NPM_TARBALL_URL = "https://registry.npmjs.org/pyodide/-/pyodide-{version}.tgz"
OFFICIAL_PACKAGES_URL = "https://cdn.jsdelivr.net/pyodide/v{version}/full/"

# The files the page needs from the core (the asm module is .mjs from 314 on, .js before).
CORE_FILES = ("pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
ASM_MODULES = ("pyodide.asm.mjs", "pyodide.asm.js")


class LockPackage(TypedDict, total=False):
    """One entry of pyodide-lock.json's `packages`."""

    name: str
    version: str
    file_name: str
    install_dir: str
    sha256: str
    package_type: str
    imports: list[str]
    depends: list[str]
    unvendored_tests: bool
    shared_library: bool


@dataclass
class PyodideDist:
    version: str
    core_dir: Path
    lock: dict[str, Any]
    # Where package files come from: a local folder or a base URL ending in "/".
    package_source: str
    offline: bool = False

    @property
    def packages(self) -> dict[str, LockPackage]:
        return self.lock["packages"]

    @property
    def python_version(self) -> str:
        return str(self.lock.get("info", {}).get("python", ""))

    def core_files(self) -> list[str]:
        asm = next((name for name in ASM_MODULES if (self.core_dir / name).exists()), None)
        if asm is None:
            raise PyodideUnavailable(f"the Pyodide distribution at {self.core_dir} has no pyodide.asm.mjs or pyodide.asm.js")
        return [*CORE_FILES, asm]

    def package_by_import(self) -> dict[str, str]:
        """Import name -> package name, from the lock's `imports` fields."""
        mapping: dict[str, str] = {}
        for name, package in self.packages.items():
            for module in package.get("imports", []):
                mapping.setdefault(module, name)
        return mapping

    def with_dependencies(self, names: list[str]) -> list[str]:
        """`names` plus everything they depend on, dependencies first."""
        ordered: list[str] = []
        seen: set[str] = set()

        def visit(name: str) -> None:
            key = _normalize(name)
            if key in seen:
                return
            seen.add(key)
            package = self.packages.get(key) or self.packages.get(name)
            if package is None:
                raise PackageUnavailable(f"package '{name}' is not in Pyodide {self.version}'s lock")
            for dep in package.get("depends", []):
                visit(dep)
            ordered.append(package["name"])

        for name in names:
            visit(name)
        return ordered

    def copy_package(self, name: str, dest_dir: Path) -> LockPackage:
        """Put the package's file into `dest_dir`, checked against the lock's sha256."""
        package = self.packages[_normalize(name)] if _normalize(name) in self.packages else self.packages[name]
        file_name = package["file_name"]
        dest = dest_dir / Path(file_name).name
        what = f"package '{package['name']}' ({file_name}) from {self.package_source}"
        if is_url(self.package_source):
            try:
                cached = download_to_cache(self.package_source + file_name, sha256=package["sha256"], what=what,
                                           offline=self.offline)
            except DownloadError as exc:
                raise PackageUnavailable(
                    str(exc.message),
                    "the Pyodide package source is unreachable or lacks this file; pass "
                    "--pyodide-dist PATH|URL with a distribution that has it",
                ) from None
            shutil.copyfile(cached, dest)
        else:
            source = Path(self.package_source) / file_name
            if not source.exists():
                raise PackageUnavailable(
                    f"{what}: {source} is missing",
                    "use a Pyodide distribution folder that contains this wheel (--pyodide-dist)",
                )
            copy_verified(source, dest, sha256=package["sha256"], what=what)
        return package


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _read_version(folder: Path) -> str:
    package_json = folder / "package.json"
    if package_json.exists():
        try:
            return str(json.loads(package_json.read_text())["version"])
        except (ValueError, KeyError):
            pass
    mjs = folder / "pyodide.mjs"
    if mjs.exists():
        match = re.search(r'="(\d+\.\d+\.\d+[^"]*)";function', mjs.read_text(errors="replace"))
        if match:
            return match.group(1)
    return "unknown"


def _load_lock(folder: Path, origin: str) -> dict[str, Any]:
    lock_path = folder / "pyodide-lock.json"
    if not lock_path.exists():
        raise PyodideUnavailable(f"the Pyodide distribution {origin} has no pyodide-lock.json",
                                 "point --pyodide-dist at a folder or URL that holds Pyodide's full distribution")
    try:
        lock = json.loads(lock_path.read_text())
    except ValueError as exc:
        raise PyodideUnavailable(f"{lock_path} is not valid JSON: {exc}") from None
    lock["packages"] = {_normalize(k): v for k, v in lock.get("packages", {}).items()}
    return lock


def _npm_core(version: str, offline: bool) -> Path:
    """The unpacked npm tarball of `version` in the cache, downloading it if needed."""
    target = cache_root() / "pyodide" / version
    if (target / "pyodide-lock.json").exists() and (target / ".complete").exists():
        return target
    sha = NPM_TARBALL_SHA256.get(version)
    url = NPM_TARBALL_URL.format(version=version)
    tarball = download_to_cache(url, sha256=sha, what=f"Pyodide {version} from the npm registry", offline=offline)
    staging = Path(tempfile.mkdtemp(prefix=f"pyodide-{version}-", dir=target.parent if target.parent.exists() else None))
    try:
        with tarfile.open(tarball) as archive:
            for member in archive.getmembers():
                if not member.isfile() or not member.name.startswith("package/"):
                    continue
                name = member.name.removeprefix("package/")
                if "/" in name:
                    continue
                extracted = archive.extractfile(member)
                assert extracted is not None
                (staging / name).write_bytes(extracted.read())
        (staging / ".complete").write_text(hashlib.sha256(tarball.read_bytes()).hexdigest())
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(staging), target)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _mirror_core(base_url: str, offline: bool) -> Path:
    """Core files of a mirrored distribution, cached by URL."""
    key = hashlib.sha256(base_url.encode()).hexdigest()[:16]
    target = cache_root() / "pyodide-mirror" / key
    if (target / ".complete").exists():
        return target
    if offline:
        raise PyodideUnavailable(f"the Pyodide distribution {base_url} is not cached and --offline was given")
    # Fetched into a staging folder and moved in whole: a failed fetch leaves nothing that a
    # later build would take for a complete copy.
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f"{key}-", dir=target.parent))
    try:
        for name in (*CORE_FILES, "pyodide-lock.json"):
            (staging / name).write_bytes(fetch_bytes(base_url + name, what=f"Pyodide core file {name}"))
        for name in ASM_MODULES:
            try:
                (staging / name).write_bytes(fetch_bytes(base_url + name, what=f"Pyodide core file {name}", retries=1))
                break
            except DownloadError:
                continue
        else:
            raise PyodideUnavailable(f"the Pyodide distribution {base_url} has neither {' nor '.join(ASM_MODULES)}",
                                     "point --pyodide-dist at a complete Pyodide distribution")
        (staging / ".complete").write_text(base_url)
        if target.exists():
            shutil.rmtree(target)
        os.replace(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def resolve_pyodide(dist: str | None = None, *, offline: bool = False) -> PyodideDist:
    """The distribution to build with: the pinned default, a local folder or a URL."""
    if dist is None:
        core = _npm_core(PINNED_VERSION, offline)
        return PyodideDist(PINNED_VERSION, core, _load_lock(core, f"pyodide@{PINNED_VERSION}"),
                           OFFICIAL_PACKAGES_URL.format(version=PINNED_VERSION), offline)
    if is_url(dist):
        base = dist if dist.endswith("/") else dist + "/"
        core = _mirror_core(base, offline)
        return PyodideDist(_read_version(core), core, _load_lock(core, base), base, offline)
    folder = Path(dist).expanduser().resolve()
    if not folder.is_dir():
        raise PyodideUnavailable(f"--pyodide-dist {dist}: no such folder",
                                 "pass a folder with pyodide.mjs, pyodide.asm.wasm, python_stdlib.zip and pyodide-lock.json")
    if not (folder / "pyodide.mjs").exists():
        raise PyodideUnavailable(f"--pyodide-dist {dist}: {folder} has no pyodide.mjs",
                                 "pass the folder of a Pyodide distribution (the one with pyodide-lock.json)")
    return PyodideDist(_read_version(folder), folder, _load_lock(folder, str(folder)), str(folder), offline)


def runtime_lock_entry(file_name: str, sha256: str, version: str, imports: list[str]) -> LockPackage:
    """The lock entry for appwasm's runtime wheel (pure Python, no dependencies)."""
    return {
        "name": "appwasm", "version": version, "file_name": file_name, "install_dir": "site",
        "sha256": sha256, "package_type": "package", "imports": imports, "depends": [],
        "unvendored_tests": False,
    }


