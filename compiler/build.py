"""`appwasm build`: the pipeline from an app to a static site.

    analyse the app -> resolve Pyodide and packages -> build the runtime wheel
    -> write everything into a temporary folder -> move it into place

The site is built beside its destination and moved in at the end, so a failed build leaves
neither a half-written site nor a damaged previous one.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from appwasm._version import __version__
from appwasm.protocol import BootConfig
from appwasm_compiler.app_source import AppSource, locate_app
from appwasm_compiler.downloads import sha256_file
from appwasm_compiler.errors import BuildError, OutputNotWritable
from appwasm_compiler.imports import scan_imports, static_page_config
from appwasm_compiler.pages import write_page_entries
from appwasm_compiler.prerender import prerender_app
from appwasm_compiler.pyodide_dist import PyodideDist, resolve_pyodide, runtime_lock_entry
from appwasm_compiler.runtime_wheel import build_runtime_wheel
from appwasm_compiler.site_writer import (
    APP_ARCHIVE,
    APP_ROOT,
    PYODIDE_DIR,
    copy_shell,
    render_templates,
    write_app_archive,
)

# A folder with this file is an appwasm site, which a new build may replace.
BUILD_INFO = "appwasm-build.json"


@dataclass
class BuildResult:
    out: Path
    pyodide_version: str
    packages: list[dict[str, Any]]
    app_files: list[str]
    warnings: list[str] = field(default_factory=list)
    total_bytes: int = 0
    seconds: float = 0.0


def _check_output(out: Path, source: AppSource) -> None:
    if out.exists() and not out.is_dir():
        raise OutputNotWritable(f"output path '{out}' is a file", "pass a folder with -o/--out")
    if out == source.root or out in source.root.parents:
        raise OutputNotWritable(f"output folder '{out}' contains the app itself", "choose another -o/--out folder")
    if out.is_dir() and any(out.iterdir()) and not (out / BUILD_INFO).exists():
        raise OutputNotWritable(
            f"output folder '{out}' exists and is not an appwasm site; refusing to replace it",
            "choose another -o/--out folder, or empty this one",
        )
    parent = out.parent
    if not parent.exists():
        try:
            parent.mkdir(parents=True)
        except OSError as exc:
            raise OutputNotWritable(f"cannot create output folder '{parent}': {exc.strerror}") from None
    if not os.access(parent, os.W_OK):
        raise OutputNotWritable(f"output folder '{out}' cannot be written (no write permission on '{parent}')")


def _site_lock(dist: PyodideDist, package_entries: list[dict[str, Any]]) -> dict[str, Any]:
    packages = {}
    for entry in package_entries:
        packages[entry["name"]] = dict(entry, file_name=Path(entry["file_name"]).name)
    return {"info": dist.lock.get("info", {}), "packages": packages}


def _directory_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build(
    app: str,
    *,
    out: str,
    pyodide_dist: str | None = None,
    entry: str | None = None,
    offline: bool = False,
    title: str | None = None,
    interrupt: str = "auto",
    prerender: bool = True,
    snapshot: bool = True,
) -> BuildResult:
    """Build the static site for `app` (a .py file or a folder with app.py) into `out`."""
    started = time.perf_counter()
    out_path = Path(out).expanduser().resolve()
    source = locate_app(app, entry=entry, exclude_dirs=(out_path,))
    _check_output(out_path, source)
    warnings: list[str] = []

    scan = scan_imports(source)
    for file, line, message in scan.unparsable:
        warnings.append(f"{file}:{line}: could not read its imports ({message}); the app will show the error when it runs")
    dist = resolve_pyodide(pyodide_dist, offline=offline)
    by_import = dist.package_by_import()
    wanted: list[str] = []
    for module, sites in sorted(scan.third_party.items()):
        package = by_import.get(module)
        if package is None:
            first = sites[0]
            warnings.append(
                f"{first.file}:{first.line}: import '{module}' matches no package of Pyodide {dist.version}; "
                f"it will fail in the browser unless the app provides it"
            )
            continue
        wanted.append(package)
    package_names = dist.with_dependencies(wanted) if wanted else []

    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out_path.name}.building-", dir=out_path.parent))
        staging.chmod(0o755)  # mkdtemp makes it private; a site must be readable by its server
    except OSError as exc:
        raise OutputNotWritable(f"output folder '{out_path}' cannot be written: {exc.strerror}") from None
    try:
        pyodide_site = staging / PYODIDE_DIR
        pyodide_site.mkdir(parents=True)
        for name in dist.core_files():
            shutil.copyfile(dist.core_dir / name, pyodide_site / name)
        entries = [dict(dist.copy_package(name, pyodide_site)) for name in package_names]
        wheel = build_runtime_wheel()
        (pyodide_site / wheel.file_name).write_bytes(wheel.data)
        entries.append(dict(runtime_lock_entry(wheel.file_name, wheel.sha256, wheel.version, ["appwasm"])))
        lock = _site_lock(dist, entries)
        (pyodide_site / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True))

        write_app_archive(source, staging / APP_ARCHIVE)
        copy_shell(staging)
        page = static_page_config(source)
        config: BootConfig = {
            "appwasm_version": __version__,
            "pyodide_version": dist.version,
            "pyodide_dir": PYODIDE_DIR,
            "lock_file": PYODIDE_DIR + "pyodide-lock.json",
            "packages": [entry["name"] for entry in entries],
            "app_archive": APP_ARCHIVE,
            "app_root": APP_ROOT,
            "entry": source.entry,
            "title": title or page.get("page_title") or _default_title(source),
            "preload": [],
            "interrupt": interrupt,  # type: ignore[typeddict-item]
            "snapshot": snapshot,
            "snapshot_key": f"{dist.version}-{sha256_file(pyodide_site / 'pyodide.asm.wasm')[:16]}",
        }
        first_screen = prerender_app(source.root, source.entry) if prerender else None
        if first_screen is not None and first_screen.skipped:
            warnings.append(f"{source.entry}: not prerendered ({first_screen.skipped}); the page starts with a skeleton")
        render_templates(staging, config=config, prerender=first_screen.messages if first_screen else None)
        write_page_entries(staging, source)  # deep links into multipage apps (compiler/pages.py)
        result = BuildResult(
            out=out_path, pyodide_version=dist.version,
            packages=[{"name": e["name"], "version": e["version"], "file_name": Path(e["file_name"]).name,
                       "bytes": (pyodide_site / Path(e["file_name"]).name).stat().st_size} for e in entries],
            app_files=list(source.files), warnings=warnings,
        )
        result.total_bytes = _directory_size(staging)
        info = {"appwasm_version": __version__, "pyodide_version": dist.version, "entry": source.entry,
                "packages": result.packages, "app_files": result.app_files}
        (staging / BUILD_INFO).write_text(json.dumps(info, indent=1))
        _move_into_place(staging, out_path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    result.seconds = time.perf_counter() - started
    return result


def _default_title(source: AppSource) -> str:
    stem = Path(source.entry).stem
    name = source.root.name if stem in ("app", "main", "streamlit_app") else stem
    return name.replace("_", " ").replace("-", " ").strip().title() or "appwasm app"


def _move_into_place(staging: Path, out: Path) -> None:
    if not out.exists():
        os.replace(staging, out)
        return
    retired = out.parent / f".{out.name}.old-{os.getpid()}"
    try:
        os.replace(out, retired)
    except OSError as exc:
        raise BuildError(f"cannot replace the existing site '{out}': {exc.strerror}") from None
    os.replace(staging, out)
    shutil.rmtree(retired, ignore_errors=True)
