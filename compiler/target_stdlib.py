"""The standard library of the Python that Pyodide runs, not the host's.

The build runs on the host's Python (3.11 or later) while the site runs Pyodide's (3.13, 3.14...),
and the two standard libraries differ: 3.13 removed cgi, imghdr, telnetlib and more; 3.14 added
annotationlib and compression; Pyodide moves some modules (sqlite3, ssl, lzma in 0.29; audioop
everywhere) out of the interpreter into packages of its lock, which a site must ship to import them.
Treating such an import as standard library would drop the package it needs, so the truth comes
from the distribution itself: the top-level names in its python_stdlib.zip, plus the host's C
modules (built into Pyodide's wasm binary, so absent from the zip) unless a lock package provides them.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from appwasm_compiler.errors import PyodideUnavailable

STDLIB_ARCHIVE = "python_stdlib.zip"
# C modules of a Unix CPython that Pyodide does not build (its documentation lists them:
# the browser has no terminal, users, process limits or system log). Being compiled into the
# wasm binary, they cannot be seen in python_stdlib.zip.
NOT_BUILT_FOR_THE_BROWSER = frozenset({
    "_curses", "_curses_panel", "_dbm", "_gdbm", "fcntl", "grp", "pwd", "resource", "syslog", "termios",
})


@dataclass
class TargetStdlib:
    """Which top-level modules come with the interpreter of the site (`module in stdlib`)."""

    archived: frozenset[str]  # the top-level names in python_stdlib.zip
    lock_imports: frozenset[str]  # provided by packages of the lock: never standard library
    python: str  # e.g. "3.14.2"
    # The host's C modules, probed only for the names an app imports (probing all ~100 took
    # 50 ms a build, and finding `distutils` imports setuptools).
    _compiled: dict[str, bool] = field(default_factory=dict)

    def __contains__(self, module: object) -> bool:
        if not isinstance(module, str):
            return False
        if module in self.archived:
            return True
        if (module in self.lock_imports or module in NOT_BUILT_FOR_THE_BROWSER
                or module not in sys.stdlib_module_names):
            return False
        if module not in self._compiled:
            self._compiled[module] = _is_compiled_on_host(module)
        return self._compiled[module]


def _archive_modules(archive: Path) -> set[str]:
    try:
        with zipfile.ZipFile(archive) as zipped:
            names = zipped.namelist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise PyodideUnavailable(f"{archive} is not a readable zip archive ({exc})",
                                 "the Pyodide distribution is damaged: delete it from the cache or fix --pyodide-dist") from None
    modules = set()
    for name in names:
        top = name.split("/", 1)[0]
        for suffix in (".py", ".pyc"):
            if top.endswith(suffix):
                top = top[: -len(suffix)]
        if top.isidentifier():
            modules.add(top)
    return modules


def _is_compiled_on_host(module: str) -> bool:
    """True for C modules (built in or extension), which Pyodide links into its binary instead of the zip."""
    if module in sys.builtin_module_names:
        return True
    try:
        spec = importlib.util.find_spec(module)  # finds a top-level module without running it
    except (ImportError, ValueError):
        return False
    return spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader)


def target_stdlib(core_dir: Path, python: str, lock_imports: set[str]) -> TargetStdlib:
    """The standard library of the distribution in `core_dir`; `lock_imports` are the
    import names its lock's packages provide (those are packages, never standard library)."""
    return TargetStdlib(frozenset(_archive_modules(core_dir / STDLIB_ARCHIVE)), frozenset(lock_imports), python)
