"""The app's packages: from its declarations and imports to a lock and the wheels to ship.

    declared requirements + imports --(appwasm.lock still valid?)--> reuse it
                                    --otherwise--> resolve (Pyodide's lock, then the index)
                                                   -> map each import to a package
                                                   -> write appwasm.lock
    -> fetch the index's wheels (download cache) -> PackagePlan for the site writer
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import Version

from appwasm_compiler.app_requirements import Declared, InvalidRequirements
from appwasm_compiler.downloads import DownloadError, download_to_cache, sha256_file
from appwasm_compiler.errors import BuildError
from appwasm_compiler.import_names import guessed_distribution, known_distribution, pyodide_import_map
from appwasm_compiler.imports import ImportScan
from appwasm_compiler.lockfile import LOCK_NAME, AppLock, LockedPackage, LockError, LockInputs, read_lock, write_lock
from appwasm_compiler.provider import Dependency, Provider
from appwasm_compiler.pypi import DEFAULT_INDEX_URL, ProjectNotFound, PyPIClient, wheel_top_level
from appwasm_compiler.pyodide_dist import PyodideDist
from appwasm_compiler.pyodide_platform import PyodidePlatform
from appwasm_compiler.resolver import Resolver


@dataclass
class VendoredWheel:
    package: LockedPackage
    path: Path


@dataclass
class PackagePlan:
    """What the site needs: Pyodide's packages by name, and wheels from the index."""

    pyodide: list[str]
    vendored: list[VendoredWheel]
    lock: AppLock | None
    lock_status: str  # "reused", "written", "unchanged", "not written: ...", "none"
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # A new lock waits here until the site is in place, so a build that fails later
    # leaves the app's appwasm.lock as it was.
    pending_lock: tuple[Path, AppLock] | None = None

    def save_lock(self) -> None:
        """Write the pending lock (after a successful build); record whether it could be written."""
        if self.pending_lock is None:
            return
        path, lock = self.pending_lock
        self.pending_lock = None
        if not write_lock(path, lock):
            self.lock_status = "not written"
            self.warnings.append(f"could not write {path} (read-only?); the next build resolves again")


# Provided by appwasm's runtime: a requirement on them (most Streamlit apps list streamlit) is
# satisfied by the runtime, never installed from the index.
RUNTIME_PROVIDES = frozenset({"streamlit", "appwasm"})


def without_runtime(declared: Declared) -> tuple[Declared, list[str]]:
    """The declared requirements minus those the runtime provides, and a note for each."""
    kept, notes = [], []
    for requirement in declared.requirements:
        if requirement.name in RUNTIME_PROVIDES:
            notes.append(f"{requirement.origin}: '{requirement}' is provided by appwasm's runtime "
                         f"(Streamlit's API in the browser); it is not installed")
        else:
            kept.append(requirement)
    return Declared(kept, declared.requires_python, declared.files), notes


def lock_inputs(dist: PyodideDist, declared: Declared, scan: ImportScan) -> LockInputs:
    requirements = sorted({str(r.requirement) for r in declared.requirements})
    return LockInputs(pyodide=dist.version, python=dist.python_version, requirements=tuple(requirements),
                      imports=tuple(sorted(scan.third_party)))


def check_requires_python(declared: Declared, platform: PyodidePlatform, pyodide_version: str) -> None:
    for specifier, origin in declared.requires_python:
        try:
            allowed = SpecifierSet(specifier).contains(platform.python_version, prereleases=True)
        except InvalidSpecifier:
            raise InvalidRequirements(f"{origin}: requires-python '{specifier}' is not a valid specifier") from None
        if not allowed:
            raise InvalidRequirements(
                f"{origin} requires Python {specifier}, but Pyodide {pyodide_version} runs Python {platform.python}",
                "relax requires-python, or build with a Pyodide distribution of that Python (--pyodide-dist)",
            )


def plan_packages(*, lock_path: Path, dist: PyodideDist, declared: Declared, scan: ImportScan,
                  index_url: str = DEFAULT_INDEX_URL, offline: bool = False, locked: bool = False,
                  upgrade: bool = False, use_lock: bool = True) -> PackagePlan:
    """Resolve (or reuse the lock) and fetch the wheels; raises BuildError subclasses."""
    platform = PyodidePlatform.from_lock_info(dist.lock.get("info", {}))
    check_requires_python(declared, platform, dist.version)
    declared, notes = without_runtime(declared)
    inputs = lock_inputs(dist, declared, scan)
    existing = read_lock(lock_path) if use_lock else None
    if not inputs.requirements and not inputs.imports:
        return PackagePlan([], [], None, "none", notes=notes)  # nothing to resolve, nothing to lock
    reasons: dict[str, str] = {}
    if existing is not None and existing.inputs == inputs and not upgrade:
        plan = _plan_from_lock(existing, dist, offline)
        plan.lock_status = "reused"
    elif locked:
        if existing is None:
            raise LockError(f"--locked was given but the app has no {lock_path.name} ({lock_path})",
                            "build once without --locked to create it, then commit it")
        changes = "; ".join(inputs.changes_from(existing.inputs)) or "--upgrade was given"
        raise LockError(f"{lock_path} is out of date ({changes})",
                        "build without --locked to update it, then commit it")
    else:
        preferred = {} if upgrade or existing is None else {p.name: Version(p.version) for p in existing.packages}
        lock, reasons = _resolve(dist, platform, declared, scan, inputs, PyPIClient(index_url, offline=offline),
                                 preferred)
        plan = _plan_from_lock(lock, dist, offline)
        if not use_lock:
            plan.lock_status = "none"
        elif existing is not None and existing == lock:
            plan.lock_status = "unchanged"
        else:
            plan.lock_status = "written"
            plan.pending_lock = (lock_path, lock)
    plan.notes += notes
    for module, sites in sorted(scan.third_party.items()):
        if plan.lock and not plan.lock.import_map.get(module):
            first = sites[0]
            others = f" (and {len(sites) - 1} more)" if len(sites) > 1 else ""
            reason = reasons.get(module) or (f"matches no package of Pyodide {dist.version} or the package index"
                                             if plan.lock_status != "reused" else f"matched no package when {lock_path.name} was made")
            if module in scan.not_in_target_stdlib:
                reason = (f"is not in the standard library of Python {dist.python_version}, which Pyodide {dist.version} "
                          f"runs (removed from Python, or not built for the browser), and {reason}")
            plan.warnings.append(f"{first.file}:{first.line}{others}: import '{module}' {reason}; it will fail in the "
                                 f"browser unless the app provides it")
    return plan


def _plan_from_lock(lock: AppLock, dist: PyodideDist, offline: bool) -> PackagePlan:
    pyodide = []
    vendored = []
    for package in lock.ordered():
        if package.source == "pyodide":
            if package.name not in dist.packages:
                raise LockError(f"{LOCK_NAME} names '{package.name}', which Pyodide {dist.version} does not ship",
                                f"delete {LOCK_NAME} and build again")
            pyodide.append(package.name)
            continue
        path = download_to_cache(package.url, sha256=package.sha256, offline=offline,
                                 what=f"{package.name} {package.version} ({package.file_name})")
        vendored.append(VendoredWheel(package, path))
    return PackagePlan(pyodide, vendored, lock, "")


class _Session:
    """One resolution: the provider, the firm roots, and what each import resolved to."""

    def __init__(self, provider: Provider, roots: list[Dependency]) -> None:
        self.provider = provider
        self.roots = roots
        self.resolution = Resolver(provider).resolve(roots)
        self._modules: dict[str, list[str]] = {}

    def try_root(self, root: Dependency) -> str | None:
        """Add a root if the resolution still succeeds; the reason when it does not."""
        try:
            resolution = Resolver(self.provider).resolve([*self.roots, root])
        except DownloadError:
            raise  # a network failure is an error, never a reason to drop an import
        except BuildError as exc:
            return exc.message.splitlines()[0]
        self.roots.append(root)
        self.resolution = resolution
        return None

    def modules(self, name: str) -> list[str]:
        candidate = self.resolution.pins[name]
        key = f"{name}=={candidate.version}:{candidate.source}"
        if key not in self._modules:
            if candidate.source == "pyodide":
                assert candidate.lock_entry is not None
                self._modules[key] = list(candidate.lock_entry.get("imports", []))
            else:
                assert candidate.wheel is not None
                index = self.provider.index
                assert isinstance(index, PyPIClient)
                self._modules[key] = wheel_top_level(index.fetch(candidate.wheel))
        return self._modules[key]

    def provider_of(self, module: str) -> str | None:
        return next((name for name in sorted(self.resolution.pins) if module in self.modules(name)), None)


def _resolve(dist: PyodideDist, platform: PyodidePlatform, declared: Declared, scan: ImportScan,
             inputs: LockInputs, index: PyPIClient, preferred: dict[str, Version]) -> tuple[AppLock, dict[str, str]]:
    """The lock, and why each import that maps to nothing was dropped (when known)."""
    provider = Provider(lock_packages=dist.packages, platform=platform, index=index, pyodide_version=dist.version,
                        preferred=preferred)
    by_import = pyodide_import_map(dist.packages)
    roots = [Dependency(r.requirement, r.origin) for r in declared.requirements]
    import_map: dict[str, str] = {}
    tentative: list[tuple[str, str]] = []  # (module, distribution) to try one at a time
    for module, sites in sorted(scan.third_party.items()):
        where = f"import {module} ({sites[0].file}:{sites[0].line})"
        if module in by_import:
            import_map[module] = by_import[module]
            roots.append(Dependency(Requirement(by_import[module]), where))
        elif known_distribution(module):
            tentative.append((module, known_distribution(module) or ""))
    session = _Session(provider, roots)
    reasons: dict[str, str] = {}
    for module, distribution in tentative:
        sites = scan.third_party[module]
        reason = session.try_root(Dependency(Requirement(distribution), f"import {module} ({sites[0].file}:{sites[0].line})"))
        import_map[module] = "" if reason else distribution
        if reason:
            reasons[module] = f"needs '{distribution}', which cannot be used ({reason})"
    for module, sites in sorted(scan.third_party.items()):
        if module in import_map:
            continue
        provided_by = session.provider_of(module)
        if provided_by:
            import_map[module] = provided_by
            continue
        import_map[module] = _guess(session, module, f"import {module} ({sites[0].file}:{sites[0].line})", reasons)
    packages = [_locked(session, candidate.name) for candidate in session.resolution.ordered()]
    return AppLock(inputs, packages, import_map), reasons


def _guess(session: _Session, module: str, where: str, reasons: dict[str, str]) -> str:
    """Try the index project named like the import; keep it only if its wheel provides it."""
    name = guessed_distribution(module)
    try:
        session.provider.index.wheels(name)
    except ProjectNotFound:
        return ""
    before = (list(session.roots), session.resolution)
    reason = session.try_root(Dependency(Requirement(name), where))
    if reason:
        reasons[module] = f"looks like the package '{name}', which cannot be used ({reason})"
        return ""
    if module not in session.modules(name):
        session.roots, session.resolution = before
        reasons[module] = f"matches no package of Pyodide or the index ('{name}' exists but provides no '{module}')"
        return ""
    return name


def _locked(session: _Session, name: str) -> LockedPackage:
    candidate = session.resolution.pins[name]
    depends = session.resolution.depends.get(name, [])
    if candidate.source == "pyodide":
        entry = candidate.lock_entry or {}
        return LockedPackage(name=name, version=str(candidate.version), source="pyodide",
                             sha256=str(entry.get("sha256", "")), imports=list(entry.get("imports", [])), depends=depends)
    wheel = candidate.wheel
    assert wheel is not None
    index = session.provider.index
    assert isinstance(index, PyPIClient)
    path = index.fetch(wheel)
    return LockedPackage(name=name, version=str(candidate.version), source="pypi", sha256=wheel.sha256 or sha256_file(path),
                         file_name=wheel.file_name, url=wheel.url, size=path.stat().st_size, imports=session.modules(name),
                         depends=depends)
