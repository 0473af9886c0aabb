"""Builds that resolve packages against a local index: lock, vendoring, errors, offline."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from appwasm_compiler.build import build
from appwasm_compiler.cli import main
from appwasm_compiler.downloads import DownloadError
from appwasm_compiler.lockfile import LockError, read_lock
from appwasm_compiler.provider import NoInstallableWheel
from appwasm_compiler.resolver import ResolutionImpossible
from tests.unit.test_build import boot_config


@pytest.fixture(scope="module")
def published(local_index):
    """Projects on the local index (names unique to this module)."""
    local_index.add("tinyfmt", "1.0")
    local_index.add("tinyfmt", "1.2", requires=["tinyhelp>=2", 'wintool; sys_platform == "win32"'])
    local_index.add("tinyhelp", "1.0")
    local_index.add("tinyhelp", "2.1", modules={"tinyhelp.py": "X = 1\n"})
    local_index.add("guessme", "0.3")
    local_index.add("wrongname", "1.0", modules={"othermod/__init__.py": ""})
    local_index.add("nativeonly", "1.0", file_tag="cp314-cp314-manylinux_2_17_x86_64")
    local_index.add("needsold", "1.0", requires=["tinyhelp<2"])
    local_index.add_sdist_only("sourceonly", "1.0")
    return local_index


def multifile_app(root: Path) -> Path:
    app = root / "shop"
    (app / "shoplib").mkdir(parents=True)
    (app / "app.py").write_text(
        "# /// script\n# dependencies = ['guessme']\n# ///\n"
        "import streamlit as st\nimport shoplib.prices\nimport tinyfmt\nimport guessme\nimport nothing_here\n")
    (app / "shoplib" / "__init__.py").write_text("")
    (app / "shoplib" / "prices.py").write_text("import tinyhelp\n")
    (app / "requirements.txt").write_text("# the formatter\ntinyfmt>=1.1\n")
    (app / "data.csv").write_text("a,b\n1,2\n")
    return app


def test_a_multifile_app_gets_its_packages_vendored_and_locked(published, fake_dist: Path, tmp_path: Path):
    app = multifile_app(tmp_path)
    out = tmp_path / "site"
    result = build(str(app), out=str(out), pyodide_dist=str(fake_dist))
    lock = json.loads((out / "pyodide" / "pyodide-lock.json").read_text())
    assert set(lock["packages"]) == {"appwasm", "guessme", "tinyfmt", "tinyhelp"}
    assert lock["packages"]["tinyfmt"]["version"] == "1.2"
    assert lock["packages"]["tinyfmt"]["depends"] == ["tinyhelp"]
    assert lock["packages"]["tinyhelp"]["imports"] == ["tinyhelp"]
    for name in ("guessme", "tinyfmt", "tinyhelp"):
        entry = lock["packages"][name]
        assert (out / "pyodide" / entry["file_name"]).exists()
        assert len(entry["sha256"]) == 64 and entry["install_dir"] == "site"
    assert boot_config(out)["packages"] == ["guessme", "tinyhelp", "tinyfmt", "appwasm"]
    assert sorted(zipfile.ZipFile(out / "app" / "app.zip").namelist()) == [
        "app.py", "data.csv", "requirements.txt", "shoplib/__init__.py", "shoplib/prices.py"]
    assert [w for w in result.warnings if "nothing_here" in w] == [
        "app.py:8: import 'nothing_here' matches no package of Pyodide 0.99.0 or the package index; "
        "it will fail in the browser unless the app provides it"]
    assert result.lock_status == "written"
    locked = read_lock(app / "appwasm.lock")
    assert locked is not None
    assert {p.name: p.version for p in locked.packages} == {"guessme": "0.3", "tinyfmt": "1.2", "tinyhelp": "2.1"}
    assert locked.import_map == {"guessme": "guessme", "nothing_here": "", "tinyfmt": "tinyfmt", "tinyhelp": "tinyhelp"}

    # The next build reuses the lock; --locked accepts it; a new requirement makes it stale.
    again = build(str(app), out=str(out), pyodide_dist=str(fake_dist), locked=True)
    assert again.lock_status == "reused" and again.packages == result.packages
    (app / "requirements.txt").write_text("tinyfmt>=1.1\nneedsold\n")
    result = CliRunner().invoke(main, ["build", str(app), "-o", str(tmp_path / "site2"), "--pyodide-dist",
                                       str(fake_dist), "--locked"])
    assert result.exit_code == 2
    assert "appwasm.lock is out of date (requirement 'needsold' added)" in result.output
    assert not (tmp_path / "site2").exists()


def test_backtracking_through_the_index_and_conflicts(published, fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "requirements.txt").write_text("needsold\ntinyfmt\n")
    result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    versions = {p["name"]: p["version"] for p in result.packages}
    assert versions["tinyfmt"] == "1.0" and versions["tinyhelp"] == "1.0"  # tinyfmt 1.2 needs tinyhelp>=2
    (hello_app / "requirements.txt").write_text("needsold\ntinyfmt>=1.2\n")
    with pytest.raises(ResolutionImpossible) as caught:
        build(str(hello_app), out=str(tmp_path / "site3"), pyodide_dist=str(fake_dist))
    assert "tinyhelp<2 (from needsold 1.0)" in caught.value.message
    assert "tinyhelp>=2 (from tinyfmt 1.2)" in caught.value.message
    assert not (tmp_path / "site3").exists()


@pytest.mark.parametrize(("requirement", "message"), [
    ("nativeonly", "package 'nativeonly' cannot run in the browser: Pyodide 0.99.0 does not ship it and its wheels "
                   "are built for other platforms (manylinux_2_17_x86_64)"),
    ("sourceonly", "it publishes only source distributions"),
    ("no-such-project-xyz", "'no-such-project-xyz' is neither in Pyodide 0.99.0 nor on the package index"),
])
def test_packages_that_cannot_run_fail_the_build(published, fake_dist: Path, tmp_path: Path, hello_app: Path,
                                                 requirement: str, message: str):
    (hello_app / "requirements.txt").write_text(f"{requirement}\n")
    result = CliRunner().invoke(main, ["build", str(hello_app), "-o", str(tmp_path / "site"), "--pyodide-dist",
                                       str(fake_dist)])
    assert result.exit_code == 2, result.output
    assert message in result.output and "requirements.txt:1" in result.output
    assert "hint:" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "site").exists()


def test_imports_that_only_look_like_a_package_are_warned_about(published, fake_dist: Path, tmp_path: Path,
                                                               hello_app: Path):
    (hello_app / "app.py").write_text("import wrongname\nimport nativeonly\n")
    result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    assert [p["name"] for p in result.packages] == ["appwasm"]
    assert any(w.startswith("app.py:1: import 'wrongname' matches no package") for w in result.warnings)
    assert any(w.startswith("app.py:2: import 'nativeonly' looks like the package 'nativeonly', which cannot be used")
               for w in result.warnings)
    assert len(result.warnings) == 2, "one warning per import"
    again = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    assert again.lock_status == "reused"
    assert any("app.py:1: import 'wrongname' matched no package when appwasm.lock was made" in w for w in again.warnings)


def test_a_network_failure_names_the_url_after_retries(fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "requirements.txt").write_text("anything\n")
    with pytest.raises(DownloadError) as caught:
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist), index_url="http://127.0.0.1:9/simple/")
    assert "http://127.0.0.1:9/simple/anything/" in caught.value.message
    assert "after 3 attempts" in caught.value.message
    assert not (tmp_path / "site").exists()


def test_offline_builds_resolve_from_the_cache_alone(published, fake_dist: Path, tmp_path: Path, hello_app: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    (hello_app / "requirements.txt").write_text("tinyfmt\n")
    first = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    (hello_app / "appwasm.lock").unlink()
    offline = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist), offline=True,
                    index_url="http://127.0.0.1:9/simple/" if False else None)
    assert offline.packages == first.packages and offline.lock_status == "written"
    monkeypatch.setenv("APPWASM_CACHE_DIR", str(tmp_path / "empty-cache"))
    with pytest.raises(DownloadError, match="not in the cache and --offline was given"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist), offline=True)
    (hello_app / "appwasm.lock").unlink()
    with pytest.raises(DownloadError, match="index page of 'tinyfmt'.*--offline"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist), offline=True)


def test_locked_without_a_lock_and_upgrade(published, fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "requirements.txt").write_text("tinyhelp\n")
    with pytest.raises(LockError, match="--locked was given but the app has no appwasm.lock"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist), locked=True)
    lock = hello_app / "appwasm.lock"
    build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    lock.write_text(lock.read_text().replace('version = "2.1"', 'version = "1.0"').replace(
        "tinyhelp-2.1-py3-none-any.whl", "tinyhelp-1.0-py3-none-any.whl"))
    assert "1.0" in lock.read_text()
    # A hand-edited lock with a wrong sha256 is refused, never shipped.
    with pytest.raises(DownloadError, match="sha256"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    upgraded = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist), upgrade=True)
    assert {p["name"]: p["version"] for p in upgraded.packages}["tinyhelp"] == "2.1"


def test_a_build_that_fails_after_resolving_leaves_the_lock_as_it_was(published, fake_dist: Path, tmp_path: Path,
                                                                     hello_app: Path, monkeypatch):
    (hello_app / "requirements.txt").write_text("tinyhelp\n")
    lock = hello_app / "appwasm.lock"
    build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    before = lock.read_text()
    (hello_app / "requirements.txt").write_text("tinyhelp\ntinyfmt\n")

    def broken_shell(_site: Path) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched, pytest.raises(OSError, match="No space left"):
        patched.setattr("appwasm_compiler.build.copy_shell", broken_shell)
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    assert lock.read_text() == before  # the old site and its lock still agree
    result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    assert result.lock_status == "written" and "tinyfmt" in lock.read_text()


def test_apps_without_packages_write_no_lock(fake_dist: Path, tmp_path: Path, hello_app: Path):
    result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist), locked=True)
    assert result.lock_status == "none" and not (hello_app / "appwasm.lock").exists()


def test_pyodide_packages_are_locked_without_asking_the_index(fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "app.py").write_text("import top_pkg\n")
    result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist),
                   index_url="http://127.0.0.1:9/simple/")  # unreachable: must not be needed
    assert [p["name"] for p in result.packages] == ["leaf-pkg", "top-pkg", "appwasm"]
    locked = read_lock(hello_app / "appwasm.lock")
    assert locked is not None and {p.source for p in locked.packages} == {"pyodide"}


def test_scripts_in_a_shared_folder_keep_their_own_locks(published, fake_dist: Path, tmp_path: Path):
    folder = tmp_path / "scripts"
    folder.mkdir()
    (folder / "one.py").write_text("import tinyhelp\n")
    build(str(folder / "one.py"), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    assert (folder / "one.appwasm.lock").exists() and not (folder / "appwasm.lock").exists()


def test_requires_python_is_checked_against_pyodide(fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "app.py").write_text("# /// script\n# requires-python = '>=3.99'\n# ///\nimport streamlit\n")
    with pytest.raises(Exception, match=r"requires Python >=3.99, but Pyodide 0.99.0 runs Python 3.13.2"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))


def test_no_installable_wheel_is_a_package_error(published, fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "app.py").write_text("# /// script\n# dependencies = ['tinyfmt', 'nativeonly']\n# ///\n")
    with pytest.raises(NoInstallableWheel, match=r"needed by app.py \(PEP 723\)"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
