"""`appwasm build`: the pipeline from an app to a static site.

    find the app's files -> read its declarations and imports -> resolve its packages
    (packages.py: appwasm.lock, Pyodide's lock, the package index) -> build the runtime wheel
    -> write everything into a temporary folder -> check sizes -> move it into place

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
from packaging.utils import canonicalize_name

from appwasm_compiler.app_requirements import declared_requirements
from appwasm_compiler.app_source import AppSource, locate_app
from appwasm_compiler.downloads import sha256_file
from appwasm_compiler.errors import BuildError, OutputNotWritable
from appwasm_compiler.file_patterns import FileRules
from appwasm_compiler.imports import implied_notes, scan_imports, static_page_config
from appwasm_compiler.target_stdlib import target_stdlib
from appwasm_compiler.packages import VendoredWheel, plan_packages
from appwasm_compiler.pages import write_page_entries
from appwasm_compiler.prerender import prerender_app
from appwasm_compiler.pypi import DEFAULT_INDEX_URL
from appwasm_compiler.pyodide_dist import LockPackage, PyodideDist, resolve_pyodide, runtime_lock_entry
from appwasm_compiler.runtime_wheel import build_runtime_wheel
from appwasm_compiler.site_sizes import check_app_files, check_site_files, measure_site
from appwasm_compiler.streamlit_config import read_theme, secrets_warning
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
    notes: list[str] = field(default_factory=list)
    total_bytes: int = 0
    gzip_bytes: int = 0
    app_bytes: int = 0
    core_bytes: int = 0
    seconds: float = 0.0
    lock_status: str = ""
    lock_path: Path | None = None


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


def _vendored_entry(wheel: VendoredWheel) -> LockPackage:
    package = wheel.package
    return {"name": package.name, "version": package.version, "file_name": package.file_name, "install_dir": "site",
            "sha256": package.sha256, "package_type": "package", "imports": package.imports,
            "depends": package.depends, "unvendored_tests": False}


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
    requirements: tuple[str, ...] = (),
    include: tuple[str, ...] = (),
    exclude: tuple[str, ...] = (),
    locked: bool = False,
    upgrade: bool = False,
    use_lock: bool = True,
    index_url: str | None = None,
) -> BuildResult:
    """Build the static site for `app` (a .py file or a folder with app.py) into `out`.

    Packages are resolved here, never in the browser: `requirements` adds requirement files
    to what the app declares (PEP 723 block, requirements.txt, pyproject.toml) and imports;
    `locked` refuses a missing or stale appwasm.lock; `upgrade` re-resolves to the newest
    versions; `use_lock=False` neither reads nor writes the lock."""
    started = time.perf_counter()
    index_url = index_url or os.environ.get("APPWASM_INDEX_URL") or DEFAULT_INDEX_URL
    out_path = Path(out).expanduser().resolve()
    source = locate_app(app, entry=entry, exclude_dirs=(out_path,), rules=FileRules(tuple(include), tuple(exclude)))
    _check_output(out_path, source)
    warnings = check_app_files(source.root, source.files)
    theme, theme_warnings = read_theme(source.root, source.files)
    warnings += theme_warnings
    secrets = secrets_warning(source.files)
    if secrets:
        warnings.append(secrets)

    dist = resolve_pyodide(pyodide_dist, offline=offline)
    scan = scan_imports(source, target_stdlib(dist.core_dir, dist.python_version, set(dist.package_by_import())))
    for file, line, message in scan.unparsable:
        warnings.append(f"{file}:{line}: could not read its imports ({message}); the app will show the error when it runs")
    declared = declared_requirements(source.root, source.entry, extra_files=requirements,
                                     scripts=tuple(f for f in source.files if f.endswith(".py")))
    plan = plan_packages(lock_path=source.root / source.lock_name, dist=dist, declared=declared, scan=scan, index_url=index_url,
                         offline=offline, locked=locked, upgrade=upgrade, use_lock=use_lock)
    warnings += plan.warnings
    vendored_names = {wheel.package.name for wheel in plan.vendored}
    package_names = [name for name in (dist.with_dependencies(plan.pyodide) if plan.pyodide else [])
                     if canonicalize_name(name) not in vendored_names]

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
        entries = [dict(dist.copy_package(name, pyodide_site), source="pyodide") for name in package_names]
        for wheel in plan.vendored:
            shutil.copyfile(wheel.path, pyodide_site / wheel.package.file_name)
            entries.append(dict(_vendored_entry(wheel), source="pypi"))
        runtime = build_runtime_wheel()
        (pyodide_site / runtime.file_name).write_bytes(runtime.data)
        entries.append(dict(runtime_lock_entry(runtime.file_name, runtime.sha256, runtime.version, ["appwasm"]),
                            source="runtime"))
        lock = _site_lock(dist, [{k: v for k, v in e.items() if k != "source"} for e in entries])
        (pyodide_site / "pyodide-lock.json").write_text(json.dumps(lock, indent=1, sort_keys=True))

        app_bytes = write_app_archive(source, staging / APP_ARCHIVE)
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
            # The exact Pyodide build and runtime the snapshot holds.
            "snapshot_key": f"{dist.version}-{sha256_file(pyodide_site / 'pyodide.asm.wasm')[:16]}-{runtime.sha256[:12]}",
            "runtime_wheel": PYODIDE_DIR + runtime.file_name,
        }
        if theme:
            config["theme"] = theme
        first_screen = prerender_app(source.root, source.entry) if prerender else None
        prerender_notes = []
        if first_screen is not None and first_screen.skipped:
            prerender_notes.append(f"{source.entry}: first screen not prerendered ({first_screen.skipped}); "
                                   f"the page shows a skeleton until Python starts")
        render_templates(staging, config=config, prerender=first_screen.messages if first_screen else None)
        write_page_entries(staging, source)  # deep links into multipage apps (compiler/pages.py)
        check_site_files(staging)
        result = BuildResult(
            out=out_path, pyodide_version=dist.version,
            packages=[{"name": e["name"], "version": e["version"], "file_name": Path(e["file_name"]).name,
                       "source": e["source"], "bytes": (pyodide_site / Path(e["file_name"]).name).stat().st_size}
                      for e in entries],
            app_files=list(source.files), warnings=warnings,
            notes=plan.notes + implied_notes(scan) + prerender_notes, app_bytes=app_bytes,
            core_bytes=sum((pyodide_site / name).stat().st_size for name in dist.core_files()),
            lock_status=plan.lock_status, lock_path=source.root / source.lock_name,
        )
        sizes = measure_site(staging)
        result.total_bytes, result.gzip_bytes = sizes.raw, sizes.gzip
        info = {"appwasm_version": __version__, "pyodide_version": dist.version, "entry": source.entry,
                "packages": result.packages, "app_files": result.app_files}
        (staging / BUILD_INFO).write_text(json.dumps(info, indent=1))
        _move_into_place(staging, out_path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    known_warnings = len(plan.warnings)
    plan.save_lock()
    result.lock_status = plan.lock_status
    result.warnings += plan.warnings[known_warnings:]
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
    try:
        os.replace(staging, out)
    except OSError as exc:
        os.replace(retired, out)  # the previous site stays as it was
        raise BuildError(f"cannot move the new site into '{out}': {exc.strerror}") from None
    shutil.rmtree(retired, ignore_errors=True)
