"""Candidates for the resolver: Pyodide's own packages first, else wheels from the index.

A package that Pyodide ships is taken from its lock at the lock's version (binary packages
can only come from there). A pure-Python package of the lock may be replaced by a PyPI wheel
when the app's requirements exclude the lock's version. Everything else must be a wheel from
the index that installs in Pyodide: pure Python (py3-none-any), or built for this Pyodide ABI.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from appwasm_compiler.errors import PackageUnavailable
from appwasm_compiler.pyodide_platform import PyodidePlatform, is_pure_wheel
from appwasm_compiler.pypi import PackageIndex, ProjectNotFound, WheelFile


@dataclass(frozen=True)
class Candidate:
    """One version of one distribution, from Pyodide's lock or from the index."""

    name: str  # canonical
    version: Version
    source: str  # "pyodide" | "pypi"
    wheel: WheelFile | None = None
    lock_entry: dict[str, Any] | None = field(default=None, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.name} {self.version}" + (" (Pyodide)" if self.source == "pyodide" else "")


@dataclass(frozen=True)
class Dependency:
    """A requirement on a distribution, with who asked for it (for error messages)."""

    requirement: Requirement
    parent: str

    @property
    def name(self) -> str:
        return canonicalize_name(self.requirement.name)


class NoInstallableWheel(PackageUnavailable):
    """A package that Pyodide does not ship and that has no wheel that installs in Pyodide."""


class Provider:
    """Finds candidates and their dependencies for the Pyodide platform."""

    def __init__(self, *, lock_packages: dict[str, Any], platform: PyodidePlatform, index: PackageIndex,
                 pyodide_version: str, preferred: dict[str, Version] | None = None) -> None:
        self.lock_packages = {canonicalize_name(k): v for k, v in lock_packages.items()}
        self.platform = platform
        self.index = index
        self.pyodide_version = pyodide_version
        self.preferred = preferred or {}
        self._candidates: dict[tuple[str, bool], list[Candidate]] = {}
        self._unusable: dict[str, list[WheelFile]] = {}

    # -- candidates -------------------------------------------------------------------------
    def candidates(self, name: str, *, widened: bool = False) -> list[Candidate]:
        """Every usable candidate of `name`, most preferred first. A pure-Python package of
        Pyodide's lock has only the lock's version unless `widened` (then PyPI's follow), so
        an app that uses only Pyodide's packages never asks the index anything."""
        key = (name, widened)
        if key not in self._candidates:
            self._candidates[key] = self._find(name, widened)
        return self._candidates[key]

    def can_widen(self, name: str) -> bool:
        entry = self.lock_packages.get(name)
        return entry is not None and is_pure_wheel(str(entry.get("file_name", "")))

    def _find(self, name: str, widened: bool) -> list[Candidate]:
        found: list[Candidate] = []
        entry = self.lock_packages.get(name)
        if entry is not None:
            try:
                version = Version(str(entry["version"]))
            except InvalidVersion:
                raise PackageUnavailable(f"Pyodide {self.pyodide_version}'s lock gives '{name}' the version "
                                         f"{entry['version']!r}, which is not a valid version") from None
            found.append(Candidate(name, version, "pyodide", lock_entry=entry))
            if not (widened and self.can_widen(name)):
                return found
        try:
            pypi = self._index_candidates(name)
        except ProjectNotFound:
            if found:
                return found
            raise self._not_found(name) from None
        found.extend(pypi)
        if not found:
            raise self._no_wheel(name)
        return found

    def _index_candidates(self, name: str) -> list[Candidate]:
        by_version: dict[Version, list[WheelFile]] = {}
        unusable: list[WheelFile] = []
        for wheel in self.index.wheels(name):
            if not self.platform.wheel_fits(wheel.file_name):
                unusable.append(wheel)
                continue
            if not self.platform.python_allowed(wheel.requires_python):
                continue
            by_version.setdefault(wheel.version, []).append(wheel)
        self._unusable[name] = unusable
        ordered = sorted(by_version, reverse=True)
        preferred = self.preferred.get(name)
        if preferred in by_version:
            ordered.remove(preferred)
            ordered.insert(0, preferred)
        return [Candidate(name, version, "pypi", wheel=self._best_wheel(by_version[version])) for version in ordered]

    def _best_wheel(self, wheels: list[WheelFile]) -> WheelFile:
        # A wheel built for this Pyodide beats a pure one (it is what pip would pick too).
        return sorted(wheels, key=lambda w: (is_pure_wheel(w.file_name), w.file_name))[0]

    def yanked(self, candidate: Candidate) -> bool:
        return bool(candidate.wheel and candidate.wheel.yanked)

    # -- dependencies -----------------------------------------------------------------------
    def dependencies(self, candidate: Candidate, extras: frozenset[str]) -> list[Dependency]:
        parent = str(candidate)
        if candidate.source == "pyodide":
            assert candidate.lock_entry is not None
            return [Dependency(Requirement(dep), parent) for dep in candidate.lock_entry.get("depends", [])]
        assert candidate.wheel is not None
        metadata = self.index.metadata(candidate.wheel)
        found = []
        for requirement in metadata.requires_dist:
            wanted = self.platform.marker_matches(requirement.marker) or any(
                self.platform.marker_matches(requirement.marker, extra) for extra in sorted(extras))
            if wanted:
                found.append(Dependency(_without_marker(requirement), parent))
        return found

    # -- explanations -----------------------------------------------------------------------
    def _not_found(self, name: str) -> PackageUnavailable:
        close = difflib.get_close_matches(name, list(self.lock_packages), n=1, cutoff=0.8)
        hint = f"did you mean '{close[0]}' (Pyodide ships it)?" if close else "check the name on pypi.org"
        return PackageUnavailable(f"package '{name}' is neither in Pyodide {self.pyodide_version} nor on the package index",
                                  hint)

    def _no_wheel(self, name: str) -> NoInstallableWheel:
        unusable = self._unusable.get(name, [])
        if not unusable:
            why = "it publishes only source distributions, which cannot be built for the browser"
        else:
            newest = max(w.version for w in unusable)
            platforms = sorted({tag.platform for w in unusable if w.version == newest
                                for tag in parse_wheel_filename(w.file_name)[3]})
            shown = ", ".join(platforms[:4]) + (", ..." if len(platforms) > 4 else "")
            why = f"its wheels are built for other platforms ({shown}); none is pure Python or built for Pyodide"
        return NoInstallableWheel(
            f"package '{name}' cannot run in the browser: Pyodide {self.pyodide_version} does not ship it and {why}",
            self._alternative(name),
        )

    def _alternative(self, name: str) -> str:
        close = difflib.get_close_matches(name, list(self.lock_packages), n=1, cutoff=0.6)
        if close:
            return f"Pyodide ships '{close[0]}'; use it if it does the same job, or remove '{name}' from the app"
        return f"remove '{name}' (or the package that needs it) from the app, or find a pure-Python alternative"

    def explain_versions(self, name: str) -> str:
        """The versions that exist, for a conflict message."""
        try:
            versions = self.candidates(name, widened=self.can_widen(name))
        except PackageUnavailable:
            return "none"
        shown = [str(c.version) + (" (Pyodide)" if c.source == "pyodide" else "") for c in versions[:6]]
        return ", ".join(shown) + (", ..." if len(versions) > 6 else "")


def _without_marker(requirement: Requirement) -> Requirement:
    clean = Requirement(str(requirement))
    clean.marker = None
    return clean
