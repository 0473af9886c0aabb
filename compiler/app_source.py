"""Find the app (a script, or a folder with app.py) and the files that ship with it.

A folder app ships its files (minus VCS, caches, virtual environments and build output); a
single script ships with what Streamlit would find beside it: its `.streamlit/` settings, its
`pages/` folder, and the local modules and packages it imports. `--include`/`--exclude` (and
[tool.appwasm] in the folder's pyproject.toml) adjust the list.
"""

from __future__ import annotations

import ast
import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from appwasm_compiler.errors import AppNotFound
from appwasm_compiler.file_patterns import FileRules, matches_any, read_project_config

DEFAULT_ENTRY = "app.py"
# Never shipped: VCS and tool folders, caches, virtual environments, build output.
_EXCLUDED_DIR_NAMES = {"__pycache__", "node_modules", ".git", ".hg", ".svn", ".venv", "venv", ".mypy_cache",
                       ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints", ".idea", ".vscode", "dist", "build"}
_EXCLUDED_FILE_PATTERNS = ("*.pyc", "*.pyo", ".DS_Store", "Thumbs.db", "appwasm.lock", "*.appwasm.lock")
LOCK_NAME = "appwasm.lock"
STREAMLIT_FILES = (".streamlit/config.toml", ".streamlit/secrets.toml")


@dataclass
class AppSource:
    """An app to build: its root folder, the entry script and the files that ship with it."""

    root: Path
    entry: str
    files: list[str] = field(default_factory=list)
    # appwasm.lock for a folder app (or its app.py); <script>.appwasm.lock for another script,
    # so several scripts in one folder keep their own locks.
    lock_name: str = LOCK_NAME

    @property
    def entry_path(self) -> Path:
        return self.root / self.entry


def locate_app(app: str, *, entry: str | None = None, exclude_dirs: tuple[Path, ...] = (),
               rules: FileRules | None = None) -> AppSource:
    """Resolve `app` (a .py file or a folder) into an AppSource; clear errors otherwise."""
    rules = rules or FileRules()
    path = Path(app).expanduser()
    if not path.exists():
        raise AppNotFound(f"app '{app}' does not exist", "pass the path of your Streamlit script (e.g. app.py) or its folder")
    path = path.resolve()
    if path.is_dir():
        config = read_project_config(path)
        entry_name = entry or config.entry or DEFAULT_ENTRY
        if not (path / entry_name).is_file():
            raise AppNotFound(
                f"folder '{app}' has no {entry_name}",
                "pass the script itself (appwasm build path/to/script.py) or name it with --entry",
            )
        if not entry_name.endswith(".py"):
            raise AppNotFound(f"--entry '{entry_name}' is not a Python file (.py)")
        rules = FileRules(tuple(config.include) + rules.include, tuple(config.exclude) + rules.exclude)
        source = AppSource(root=path, entry=Path(entry_name).as_posix())
        source.files = _apply_rules(path, _folder_files(path, exclude_dirs), rules, exclude_dirs, source.entry)
        return source
    if path.suffix != ".py":
        raise AppNotFound(f"'{app}' is not a Python file (.py)", "appwasm builds a Streamlit script or a folder with app.py")
    lock_name = LOCK_NAME if path.name == DEFAULT_ENTRY else f"{path.stem}.{LOCK_NAME}"
    source = AppSource(root=path.parent, entry=path.name, lock_name=lock_name)
    source.files = _apply_rules(path.parent, _script_files(path, exclude_dirs), rules, exclude_dirs, source.entry)
    return source


def _skipped_dir(name: str, full: Path, excluded: set[Path]) -> bool:
    return (name in _EXCLUDED_DIR_NAMES or full.resolve() in excluded or (full / "pyvenv.cfg").exists()
            or (name.startswith(".") and name != ".streamlit"))


def _skipped_file(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in _EXCLUDED_FILE_PATTERNS)


def _walk(root: Path, start: Path, exclude_dirs: tuple[Path, ...], *, everything: bool = False) -> list[str]:
    """Files under `start` (app-relative), skipping the default exclusions unless `everything`."""
    excluded = {d.resolve() for d in exclude_dirs}
    files: list[str] = []
    for current, dirnames, filenames in os.walk(start):
        current_path = Path(current)
        dirnames[:] = [name for name in sorted(dirnames)
                       if (current_path / name).resolve() not in excluded
                       and (everything or not _skipped_dir(name, current_path / name, excluded))]
        files += [(current_path / name).relative_to(root).as_posix() for name in sorted(filenames)
                  if everything or not _skipped_file(name)]
    return files


def _folder_files(root: Path, exclude_dirs: tuple[Path, ...]) -> list[str]:
    return _walk(root, root, exclude_dirs)


def _script_files(script: Path, exclude_dirs: tuple[Path, ...]) -> list[str]:
    root = script.parent
    files = {script.name}
    files.update(name for name in STREAMLIT_FILES if (root / name).is_file())
    if (root / "pages").is_dir():
        files.update(_walk(root, root / "pages", exclude_dirs))
    # Local modules the shipped scripts import, followed transitively.
    pending = [name for name in files if name.endswith(".py")]
    while pending:
        for module in _imported_top_levels(root / pending.pop()):
            for found in _local_module_files(root, module, exclude_dirs):
                if found not in files:
                    files.add(found)
                    if found.endswith(".py"):
                        pending.append(found)
    return sorted(files)


def _imported_top_levels(path: Path) -> set[str]:
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, OSError):
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def _local_module_files(root: Path, module: str, exclude_dirs: tuple[Path, ...]) -> list[str]:
    if (root / f"{module}.py").is_file():
        return [f"{module}.py"]
    package = root / module
    if package.is_dir() and not _skipped_dir(module, package, {d.resolve() for d in exclude_dirs}) \
            and any(p.suffix == ".py" for p in package.rglob("*.py")):
        return _walk(root, package, exclude_dirs)
    return []


def _apply_rules(root: Path, files: list[str], rules: FileRules, exclude_dirs: tuple[Path, ...], entry: str) -> list[str]:
    kept = set(files)
    if rules.include:
        # An include can bring back what the defaults skip (a hidden folder, a data file beside a script).
        kept.update(f for f in _walk(root, root, exclude_dirs, everything=True) if matches_any(rules.include, f))
    if rules.exclude:
        kept = {f for f in kept if f == entry or not _excluded_by(rules.exclude, f)}
    return sorted(kept)


def _excluded_by(patterns: tuple[str, ...], relative: str) -> bool:
    parts = relative.split("/")
    return any(matches_any(patterns, "/".join(parts[:i])) for i in range(1, len(parts) + 1))
