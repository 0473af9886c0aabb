"""The resolver on an in-memory index: backtracking, markers, extras, Pyodide's packages, errors."""

from __future__ import annotations

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from appwasm_compiler.errors import PackageUnavailable
from appwasm_compiler.provider import Dependency, NoInstallableWheel, Provider
from appwasm_compiler.pyodide_platform import PyodidePlatform
from appwasm_compiler.resolver import ResolutionImpossible, Resolver
from tests.unit.deps_fakes import MemoryIndex

PLATFORM = PyodidePlatform(python="3.14.2", abi_version="2026_0", emscripten="5.0.3")
LOCK = {
    "numpy": {"name": "numpy", "version": "2.2.5", "file_name": "numpy-2.2.5-cp314-cp314-pyodide_2026_0_wasm32.whl",
              "depends": [], "imports": ["numpy"]},
    "six": {"name": "six", "version": "1.17.0", "file_name": "six-1.17.0-py2.py3-none-any.whl", "depends": [],
            "imports": ["six"]},
    "pandas": {"name": "pandas", "version": "2.3.1", "file_name": "pandas-2.3.1-cp314-cp314-pyodide_2026_0_wasm32.whl",
               "depends": ["numpy", "six"], "imports": ["pandas"]},
}


def resolve(projects: dict, *requirements: str, preferred: dict | None = None):
    provider = Provider(lock_packages=LOCK, platform=PLATFORM, index=MemoryIndex(projects), pyodide_version="314.0.7",
                        preferred=preferred)
    roots = [Dependency(Requirement(r), "requirements.txt:1") for r in requirements]
    return Resolver(provider).resolve(roots)


def pins(resolution) -> dict[str, str]:
    return {name: str(c.version) for name, c in resolution.pins.items()}


def test_newest_versions_and_transitive_dependencies():
    result = resolve({"a": {"1.0": [], "2.0": ["b>=1.1"]}, "b": {"1.0": [], "1.1": [], "1.2": []}}, "a")
    assert pins(result) == {"a": "2.0", "b": "1.2"}
    assert result.depends == {"a": ["b"], "b": []}
    assert [c.name for c in result.ordered()] == ["b", "a"]
    assert result.wanted_by["b"] == ["a 2.0"]


def test_backtracks_out_of_a_dead_end_found_deep_down():
    projects = {"a": {"2.0": ["b"], "1.0": []}, "b": {"1.0": ["c>=5"]}, "c": {"1.0": []}}
    assert pins(resolve(projects, "a")) == {"a": "1.0"}


def test_a_pin_that_contradicts_a_later_requirement_is_undone():
    projects = {"a": {"2.0": ["c==2.0"], "1.0": ["c==1.0"]}, "b": {"2.0": ["c==1.0"], "1.0": []},
                "c": {"1.0": [], "2.0": []}}
    assert pins(resolve(projects, "a", "b")) == {"a": "2.0", "b": "1.0", "c": "2.0"}


def test_markers_are_evaluated_for_pyodide():
    projects = {"a": {"1.0": ['win-only; sys_platform == "win32"', 'wasm-only; sys_platform == "emscripten"',
                               'old-py; python_version < "3.10"', 'wasm32; platform_machine == "wasm32"']},
                "wasm-only": {"1.0": []}, "wasm32": {"1.0": []}}
    assert pins(resolve(projects, "a")) == {"a": "1.0", "wasm-only": "1.0", "wasm32": "1.0"}


def test_extras_bring_their_dependencies_even_after_the_pin():
    projects = {"a": {"1.0": ['fancy; extra == "nice"']}, "fancy": {"1.0": []}, "b": {"1.0": ["a[nice]"]}}
    assert pins(resolve(projects, "a")) == {"a": "1.0"}
    assert pins(resolve(projects, "a", "b")) == {"a": "1.0", "b": "1.0", "fancy": "1.0"}


def test_pyodide_packages_come_from_its_lock_with_their_dependencies():
    projects = {"app-helper": {"1.0": ["pandas>=2", "numpy"]}}
    result = resolve(projects, "app-helper")
    assert pins(result) == {"app-helper": "1.0", "pandas": "2.3.1", "numpy": "2.2.5", "six": "1.17.0"}
    assert result.pins["pandas"].source == "pyodide" and result.pins["app-helper"].source == "pypi"


def test_a_binary_pyodide_package_cannot_be_replaced():
    with pytest.raises(ResolutionImpossible) as caught:
        resolve({"numpy": {"3.0": {"requires": [], "tag": "cp314-cp314-manylinux_2_17_x86_64"}}}, "numpy>=3")
    message = caught.value.format_message()
    assert "no version of 'numpy'" in message and "numpy>=3 (from requirements.txt:1)" in message
    assert "2.2.5 (Pyodide)" in message


def test_a_pure_pyodide_package_gives_way_to_pypi_when_the_app_asks():
    projects = {"six": {"1.16.0": [], "1.17.0": []}}
    assert pins(resolve(projects, "six<1.17"))["six"] == "1.16.0"
    assert resolve(projects, "six").pins["six"].source == "pyodide"


def test_conflicts_name_every_requirement_and_who_asked():
    projects = {"a": {"1.0": ["c<2"]}, "b": {"1.0": ["c>=2"]}, "c": {"1.0": [], "2.0": []}}
    with pytest.raises(ResolutionImpossible) as caught:
        resolve(projects, "a", "b")
    message = caught.value.format_message()
    assert "no version of 'c'" in message
    assert "c<2 (from a 1.0)" in message and "c>=2 (from b 1.0)" in message
    assert "available for Pyodide: 2.0, 1.0" in message
    assert caught.value.exit_code == 2


def test_source_only_and_binary_only_packages_are_explained():
    with pytest.raises(NoInstallableWheel, match="only source distributions.*needed by requirements.txt:1"):
        resolve({"sdist-only": {"1.0": {"tag": None}}}, "sdist-only")
    with pytest.raises(NoInstallableWheel) as caught:
        resolve({"nump": {"1.0": {"tag": "cp314-cp314-win_amd64"}}}, "nump")
    assert "built for other platforms (win_amd64)" in caught.value.message
    assert "Pyodide ships 'numpy'" in caught.value.hint
    with pytest.raises(NoInstallableWheel, match="needed by a 1.0"):
        resolve({"a": {"1.0": ["native"]}, "native": {"1.0": {"tag": "cp314-cp314-manylinux_2_17_x86_64"}}}, "a")


def test_unknown_packages_are_named():
    with pytest.raises(PackageUnavailable, match="'nosuchthing' is neither in Pyodide 314.0.7 nor"):
        resolve({}, "nosuchthing")


def test_wheels_built_for_this_pyodide_install():
    projects = {"fastthing": {"1.0": {"tag": "cp314-cp314-pyodide_2026_0_wasm32"},
                              "2.0": {"tag": "cp314-cp314-pyodide_2099_0_wasm32"}}}
    result = resolve(projects, "fastthing")
    assert pins(result) == {"fastthing": "1.0"}


def test_yanked_prerelease_and_python_requirements_are_respected():
    projects = {"a": {"1.0": [], "1.1": {"yanked": True}, "1.2": {"requires_python": ">=3.15"}, "2.0b1": []}}
    assert pins(resolve(projects, "a")) == {"a": "1.0"}
    assert pins(resolve(projects, "a==1.1")) == {"a": "1.1"}
    assert pins(resolve(projects, "a>=2.0b1")) == {"a": "2.0b1"}


def test_preferred_versions_from_the_previous_lock_come_first():
    projects = {"a": {"1.0": [], "2.0": []}}
    assert pins(resolve(projects, "a", preferred={"a": Version("1.0")})) == {"a": "1.0"}
