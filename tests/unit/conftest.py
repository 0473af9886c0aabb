"""Fixtures for compiler tests: a small fake Pyodide distribution (no network needed)."""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

import pytest


def _wheel(path: Path, module: str) -> str:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(f"{module}/__init__.py", "VALUE = 1\n")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_stdlib_zip(dist: Path, modules) -> None:
    """A python_stdlib.zip whose top-level names are `modules` (what the build reads of it)."""
    with zipfile.ZipFile(dist / "python_stdlib.zip", "w") as z:
        for module in sorted(modules):
            z.writestr(f"{module}.py", "")


@pytest.fixture()
def fake_dist(tmp_path: Path) -> Path:
    """A folder shaped like a Pyodide distribution: core files, a lock, two wheels."""
    dist = tmp_path / "dist"
    dist.mkdir()
    (dist / "pyodide.mjs").write_text('var X="0.99.0";function k(){}')
    (dist / "pyodide.asm.mjs").write_text("// asm")
    (dist / "pyodide.asm.wasm").write_bytes(b"\0asm")
    write_stdlib_zip(dist, sys.stdlib_module_names)
    packages = {}
    for name, depends in (("leaf-pkg", []), ("top-pkg", ["leaf-pkg"])):
        module = name.replace("-", "_")
        file_name = f"{module}-1.0-py3-none-any.whl"
        sha = _wheel(dist / file_name, module)
        packages[name] = {
            "name": name, "version": "1.0", "file_name": file_name, "install_dir": "site", "sha256": sha,
            "package_type": "package", "imports": [module], "depends": depends, "unvendored_tests": False,
        }
    lock = {"info": {"abi_version": "2099_0", "arch": "wasm32", "platform": "emscripten_9_9_9", "python": "3.13.2"},
            "packages": packages}
    (dist / "pyodide-lock.json").write_text(json.dumps(lock))
    return dist


@pytest.fixture()
def hello_app(tmp_path: Path) -> Path:
    app = tmp_path / "hello"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\nst.title('Hi')\n")
    return app


@pytest.fixture(scope="session")
def local_index(tmp_path_factory: pytest.TempPathFactory):
    """A package index on 127.0.0.1 with real wheels; tests publish projects with unique names."""
    from tests.unit.deps_fakes import LocalIndex

    index = LocalIndex(tmp_path_factory.mktemp("index"))
    yield index
    index.stop()


@pytest.fixture(autouse=True)
def _private_index_and_cache(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Unit tests resolve against the local index with a fresh download cache, never PyPI;
    tests marked `network` keep the real index and the shared cache (for the real Pyodide)."""
    if request.node.get_closest_marker("network"):
        monkeypatch.delenv("APPWASM_INDEX_URL", raising=False)
        return
    index = request.getfixturevalue("local_index")
    monkeypatch.setenv("APPWASM_INDEX_URL", index.url)
    monkeypatch.setenv("APPWASM_CACHE_DIR", str(tmp_path / "appwasm-cache"))
