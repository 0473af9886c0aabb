"""Where the shell bundle and the templates are: in the installed package, or in a checkout."""

from __future__ import annotations

from pathlib import Path

from appwasm_compiler.errors import BuildError

_PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_ROOT = _PACKAGE_DIR.parent


def _is_checkout() -> bool:
    return (_CHECKOUT_ROOT / "pyproject.toml").exists() and (_CHECKOUT_ROOT / "shell" / "package.json").exists()


def templates_dir() -> Path:
    """templates/ of a source checkout (edits show at once), else the copy in the package."""
    if _is_checkout():
        return _CHECKOUT_ROOT / "templates"
    return _PACKAGE_DIR / "_bundled" / "templates"


def shell_dir() -> Path:
    """The esbuild output: app.js, worker.js, app.css and their chunks."""
    bundled = _PACKAGE_DIR / "_bundled" / "shell"
    if not (bundled / "app.js").exists():
        hint = (
            "run `make shell` (or `cd shell && npm ci && node build.mjs`)"
            if _is_checkout() else "reinstall appwasm: the wheel is missing its shell bundle"
        )
        raise BuildError(f"the renderer bundle is missing ({bundled})", hint)
    return bundled
