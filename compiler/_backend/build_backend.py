"""PEP 517 backend: bundle the TypeScript shell, then let setuptools build the package.

Why a backend of our own: the shell (worker, renderer) is TypeScript, and a user who installs
appwasm from a wheel must get the bundled JavaScript without having node. So every build
(wheel, editable, sdist) first runs `npm ci` (when node_modules is missing) and esbuild, writing
into compiler/_bundled/, which setup.py ships as package data. Building from an sdist that
already carries the bundle needs no node at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import build_meta as _setuptools

ROOT = Path(__file__).resolve().parents[2]
SHELL = ROOT / "shell"
BUNDLED = ROOT / "compiler" / "_bundled"


def _run(cmd: list[str], cwd: Path) -> None:
    print(f"appwasm build backend: {' '.join(cmd)}", file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True)


def bundle_shell() -> None:
    """Build compiler/_bundled/{shell,templates} from shell/ and templates/."""
    if not (SHELL / "package.json").exists():
        if (BUNDLED / "shell").exists():
            return  # an sdist with a prebuilt bundle
        raise RuntimeError("appwasm: neither shell/package.json nor a prebuilt bundle is present")
    npm = shutil.which("npm")
    node = shutil.which("node")
    if not npm or not node:
        if (BUNDLED / "shell" / "app.js").exists():
            print("appwasm build backend: node not found, reusing the existing shell bundle", file=sys.stderr)
            return
        raise RuntimeError(
            "appwasm: building from a source checkout needs Node.js >= 18 and npm to bundle shell/ "
            "(install them, or install appwasm from a wheel)"
        )
    if not (SHELL / "node_modules" / ".package-lock.json").exists() or os.environ.get("APPWASM_NPM_CI"):
        _run([npm, "ci", "--no-audit", "--no-fund"], SHELL)
    _run([node, "build.mjs"], SHELL)
    templates_out = BUNDLED / "templates"
    if templates_out.exists():
        shutil.rmtree(templates_out)
    shutil.copytree(ROOT / "templates", templates_out)


def _with_bundle(hook):
    def wrapped(*args, **kwargs):
        bundle_shell()
        return hook(*args, **kwargs)

    wrapped.__name__ = hook.__name__
    return wrapped


build_wheel = _with_bundle(_setuptools.build_wheel)
build_sdist = _with_bundle(_setuptools.build_sdist)
build_editable = _with_bundle(_setuptools.build_editable)
get_requires_for_build_wheel = _setuptools.get_requires_for_build_wheel
get_requires_for_build_sdist = _setuptools.get_requires_for_build_sdist
get_requires_for_build_editable = _setuptools.get_requires_for_build_editable
prepare_metadata_for_build_wheel = _setuptools.prepare_metadata_for_build_wheel
prepare_metadata_for_build_editable = _setuptools.prepare_metadata_for_build_editable
