"""Resolution against the real pinned pyodide-lock.json and real PyPI metadata (network)."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging.requirements import Requirement

from appwasm_compiler.app_requirements import Declared, DeclaredRequirement
from appwasm_compiler.imports import ImportScan, ImportSite
from appwasm_compiler.packages import plan_packages
from appwasm_compiler.provider import Dependency, NoInstallableWheel, Provider
from appwasm_compiler.pyodide_dist import resolve_pyodide
from appwasm_compiler.pyodide_platform import PyodidePlatform
from appwasm_compiler.pypi import PyPIClient
from appwasm_compiler.target_stdlib import target_stdlib
from appwasm_compiler.resolver import ResolutionImpossible, Resolver

pytestmark = pytest.mark.network


@pytest.fixture(scope="module")
def dist():
    return resolve_pyodide()  # the pinned 314.0.7 (from the shared download cache)


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("APPWASM_CACHE_DIR", str(cache))
    return cache


def resolve(dist, *requirements: str):
    provider = Provider(lock_packages=dist.packages, platform=PyodidePlatform.from_lock_info(dist.lock["info"]),
                        index=PyPIClient(), pyodide_version=dist.version)
    return Resolver(provider).resolve([Dependency(Requirement(r), "requirements.txt:1") for r in requirements])


def test_the_platform_comes_from_the_real_lock(dist):
    platform = PyodidePlatform.from_lock_info(dist.lock["info"])
    assert platform.environment["python_version"] == "3.14"
    assert platform.environment["sys_platform"] == "emscripten"
    assert platform.wheel_fits("numpy-2.2.5-cp314-cp314-pyodide_2026_0_wasm32.whl")
    assert platform.wheel_fits("six-1.17.0-py2.py3-none-any.whl")
    assert not platform.wheel_fits("numpy-2.2.5-cp314-cp314-manylinux_2_17_x86_64.whl")


def test_pyodide_packages_and_pure_pypi_wheels_together(dist, fresh_cache: Path):
    result = resolve(dist, "python-slugify>=8", "requests")
    sources = {name: c.source for name, c in result.pins.items()}
    assert sources["python-slugify"] == "pypi" and sources["text-unidecode"] == "pypi"
    assert {"requests", "urllib3", "idna", "certifi", "charset-normalizer"} <= {n for n, s in sources.items() if s == "pyodide"}
    assert result.pins["requests"].version == __import__("packaging.version").version.Version(
        dist.packages["requests"]["version"])
    assert result.depends["python-slugify"] == ["text-unidecode"]


def test_binary_and_source_only_packages_are_refused_with_reasons(dist, fresh_cache: Path):
    with pytest.raises(NoInstallableWheel) as caught:
        resolve(dist, "psycopg2-binary")
    assert "its wheels are built for other platforms" in caught.value.message
    with pytest.raises(NoInstallableWheel, match="only source distributions"):
        resolve(dist, "docopt")


def test_a_version_pyodide_does_not_ship_is_a_conflict(dist, fresh_cache: Path):
    with pytest.raises(ResolutionImpossible) as caught:
        resolve(dist, "numpy>=99")
    assert f"{dist.packages['numpy']['version']} (Pyodide)" in caught.value.message


def test_imports_map_through_the_lock_and_pypi_and_offline_reuses_the_cache(dist, fresh_cache: Path, tmp_path: Path):
    modules = ["yaml", "sklearn", "PIL", "bs4", "humanize", "definitely_not_a_module_xyz"]
    scan = ImportScan(third_party={m: [ImportSite(m, "app.py", i + 1)] for i, m in enumerate(modules)})
    declared = Declared([DeclaredRequirement(Requirement("python-slugify"), "requirements.txt:1")], [], [])
    plan = plan_packages(lock_path=tmp_path / "appwasm.lock", dist=dist, declared=declared, scan=scan)
    assert {"pyyaml", "scikit-learn", "pillow", "beautifulsoup4"} <= set(plan.pyodide)
    assert {w.package.name for w in plan.vendored} == {"humanize", "python-slugify", "text-unidecode"}
    assert plan.lock is not None and plan.lock.import_map["yaml"] == "pyyaml"
    assert [w for w in plan.warnings if "definitely_not_a_module_xyz" in w][0].startswith("app.py:6:")

    assert not (tmp_path / "appwasm.lock").exists()  # written only once the site is in place
    plan.save_lock()
    assert plan.lock_status == "written" and (tmp_path / "appwasm.lock").exists()
    (tmp_path / "appwasm.lock").unlink()
    offline = plan_packages(lock_path=tmp_path / "appwasm.lock", dist=dist, declared=declared, scan=scan, offline=True)
    assert [w.package for w in offline.vendored] == [w.package for w in plan.vendored]


def test_the_index_client_reads_real_metadata(fresh_cache: Path):
    client = PyPIClient()
    wheels = [w for w in client.wheels("python-slugify") if str(w.version) == "8.0.4"]
    assert wheels and all(len(w.sha256) == 64 for w in wheels)
    metadata = client.metadata(wheels[0])
    assert any(r.name == "text-unidecode" for r in metadata.requires_dist)


def test_the_standard_library_of_the_real_distribution(dist):
    stdlib = target_stdlib(dist.core_dir, dist.python_version, set(dist.package_by_import()))
    assert all(m in stdlib for m in ("os", "json", "math", "zlib", "sqlite3", "annotationlib", "compression"))
    # Removed in 3.13, or a package of Pyodide's lock (audioop-lts), or never built for the browser.
    assert not [m for m in ("cgi", "imghdr", "telnetlib", "audioop", "tkinter", "idlelib", "fcntl", "termios")
                if m in stdlib]
