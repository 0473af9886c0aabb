"""Find the app (a script, or a folder with app.py) and the files that ship with it."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from appwasm_compiler.errors import AppNotFound

DEFAULT_ENTRY = "app.py"
# Never shipped: VCS and tool folders, caches, virtual environments, build output.
_EXCLUDED_DIR_NAMES = {"__pycache__", "node_modules", ".git", ".hg", ".svn", ".venv", "venv", ".mypy_cache",
                       ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints", ".idea", ".vscode", "dist", "build"}
_EXCLUDED_FILE_PATTERNS = ("*.pyc", "*.pyo", ".DS_Store", "Thumbs.db", "appwasm.lock")


@dataclass
class AppSource:
    """An app to build: its root folder, the entry script and the files that ship with it."""

    root: Path
    entry: str
    files: list[str] = field(default_factory=list)

    @property
    def entry_path(self) -> Path:
        return self.root / self.entry


def locate_app(app: str, *, entry: str | None = None, exclude_dirs: tuple[Path, ...] = ()) -> AppSource:
    """Resolve `app` (a .py file or a folder) into an AppSource; clear errors otherwise."""
    path = Path(app).expanduser()
    if not path.exists():
        raise AppNotFound(f"app '{app}' does not exist", "pass the path of your Streamlit script (e.g. app.py) or its folder")
    path = path.resolve()
    if path.is_dir():
        entry_name = entry or DEFAULT_ENTRY
        if not (path / entry_name).is_file():
            raise AppNotFound(
                f"folder '{app}' has no {entry_name}",
                "pass the script itself (appwasm build path/to/script.py) or name it with --entry",
            )
        if not entry_name.endswith(".py"):
            raise AppNotFound(f"--entry '{entry_name}' is not a Python file (.py)")
        source = AppSource(root=path, entry=Path(entry_name).as_posix())
        source.files = _folder_files(path, exclude_dirs)
        return source
    if path.suffix != ".py":
        raise AppNotFound(f"'{app}' is not a Python file (.py)", "appwasm builds a Streamlit script or a folder with app.py")
    source = AppSource(root=path.parent, entry=path.name)
    # A single script ships alone, with its Streamlit configuration if it has one, and the
    # pages/*.py beside it (Streamlit's multipage convention runs them as its pages).
    source.files = [path.name] + [
        f".streamlit/{name}" for name in ("config.toml", "secrets.toml") if (path.parent / ".streamlit" / name).is_file()
    ] + sorted(f"pages/{p.name}" for p in (path.parent / "pages").glob("*.py") if p.is_file())
    return source


def _folder_files(root: Path, exclude_dirs: tuple[Path, ...]) -> list[str]:
    excluded = {d.resolve() for d in exclude_dirs}
    files: list[str] = []
    for current, dirnames, filenames in os.walk(root):
        current_path = Path(current)
        kept = []
        for name in sorted(dirnames):
            full = (current_path / name).resolve()
            if name in _EXCLUDED_DIR_NAMES or full in excluded or (full / "pyvenv.cfg").exists():
                continue
            if name.startswith(".") and name != ".streamlit":
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if any(fnmatch.fnmatch(name, pattern) for pattern in _EXCLUDED_FILE_PATTERNS):
                continue
            files.append((current_path / name).relative_to(root).as_posix())
    return files
