"""What the compiler writes into index.html for the renderer and the worker to boot from."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class PackageRef(TypedDict):
    """A wheel the worker installs: by name from the site's Pyodide lock."""

    name: str
    file_name: str
    sha256: str


class BootConfig(TypedDict):
    """Everything the page needs to start the app; all URLs are relative to the site root."""

    appwasm_version: str
    pyodide_version: str
    # The site-relative folder with pyodide.mjs, pyodide.asm.wasm, python_stdlib.zip, the lock.
    pyodide_dir: str
    lock_file: str
    # Packages to load in one loadPackage call (the runtime wheel plus what the app imports).
    packages: list[str]
    # A zip of the app's files, unpacked into `app_root` in the worker's file system.
    app_archive: str
    app_root: str
    # The script to run, relative to app_root.
    entry: str
    title: str
    # Pure-Python wheels the worker should prefetch while Pyodide starts.
    preload: list[str]
    # "auto": use SharedArrayBuffer when the page is cross-origin isolated, else JSPI, else
    # run to completion. The others force one mechanism (benchmarks and tests use them).
    interrupt: Literal["auto", "jspi", "shared_memory", "none"]
    # Repeat visits restore a memory snapshot of the started interpreter (taken on the first
    # visit, kept in Cache Storage) instead of starting CPython again. The key names the exact
    # Pyodide build (its wasm's sha256), so a snapshot is never restored into another build.
    snapshot: bool
    snapshot_key: str
    # The runtime's wheel (site-relative). A snapshot holds the runtime already imported, so a
    # repeat visit only puts its files back (for lazy imports and tracebacks).
    runtime_wheel: str
    theme: NotRequired[dict[str, str]]
