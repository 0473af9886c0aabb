"""The Pyodide platform as packaging sees it: marker environment and compatible wheel tags.

Everything is derived from the distribution's pyodide-lock.json (`info.python`,
`info.abi_version`, `info.platform`), so a build against another Pyodide evaluates markers
and picks wheels for that Pyodide's Python, never for the host's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from packaging.markers import Marker
from packaging.specifiers import SpecifierSet
from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import InvalidWheelFilename, parse_wheel_filename
from packaging.version import InvalidVersion, Version


@dataclass(frozen=True)
class PyodidePlatform:
    """Pyodide's Python version and ABI; `python` is e.g. "3.14.2", `abi_version` "2026_0"."""

    python: str
    abi_version: str = ""
    emscripten: str = ""
    _tags: frozenset[Tag] = field(default=frozenset(), compare=False, repr=False)

    @classmethod
    def from_lock_info(cls, info: dict[str, str]) -> PyodidePlatform:
        platform = str(info.get("platform", ""))  # "emscripten_5_0_3"
        return cls(python=str(info.get("python") or "3.12.0"), abi_version=str(info.get("abi_version", "")),
                   emscripten=platform.removeprefix("emscripten_").replace("_", "."))

    @property
    def python_version(self) -> Version:
        try:
            return Version(self.python)
        except InvalidVersion:
            return Version("3.12.0")

    @cached_property
    def environment(self) -> dict[str, str]:
        """PEP 508 marker variables for code running in Pyodide."""
        version = self.python_version
        return {
            "implementation_name": "cpython",
            "implementation_version": str(version),
            "os_name": "posix",
            "platform_machine": "wasm32",
            "platform_release": self.emscripten,
            "platform_system": "Emscripten",
            "platform_version": "#1",
            "python_full_version": str(version),
            "platform_python_implementation": "CPython",
            "python_version": f"{version.major}.{version.minor}",
            "sys_platform": "emscripten",
        }

    def marker_matches(self, marker: Marker | None, extra: str = "") -> bool:
        """Whether a requirement with `marker` applies in Pyodide (for one requested extra)."""
        if marker is None:
            return True
        return marker.evaluate({**self.environment, "extra": extra})

    def python_allowed(self, requires_python: str | None) -> bool:
        if not requires_python:
            return True
        try:
            return SpecifierSet(requires_python).contains(self.python_version, prereleases=True)
        except ValueError:
            return True  # an unreadable Requires-Python is ignored, as pip does

    @cached_property
    def tags(self) -> frozenset[Tag]:
        """Wheel tags that install in this Pyodide: pure-Python ones, plus wheels built for
        this Pyodide ABI (pyodide_/pyemscripten_ platform tags, PEP 783)."""
        version = self.python_version
        py = (version.major, version.minor)
        platforms = []
        if self.abi_version:
            platforms = [f"pyodide_{self.abi_version}_wasm32", f"pyemscripten_{self.abi_version}_wasm32"]
        interpreter = f"cp{version.major}{version.minor}"
        found = set(compatible_tags(py, interpreter, platforms=platforms))
        if platforms:
            found.update(cpython_tags(py, abis=[interpreter, "abi3", "none"], platforms=platforms))
        return frozenset(found)

    def wheel_fits(self, file_name: str) -> bool:
        try:
            _, _, _, wheel_tags = parse_wheel_filename(file_name)
        except InvalidWheelFilename:
            return False
        return any(tag in self.tags for tag in wheel_tags)


def is_pure_wheel(file_name: str) -> bool:
    """A wheel that runs on any platform (tag ...-none-any)."""
    try:
        _, _, _, wheel_tags = parse_wheel_filename(file_name)
    except InvalidWheelFilename:
        return False
    return all(tag.abi == "none" and tag.platform == "any" for tag in wheel_tags)
