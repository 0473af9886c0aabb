"""What an app declares and ships: PEP 723, requirements files, patterns, theme, secrets, sizes, lock text."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from appwasm_compiler.app_requirements import InvalidRequirements, declared_requirements, requirements_file
from appwasm_compiler.app_source import locate_app
from appwasm_compiler.build import build
from appwasm_compiler.cli import main
from appwasm_compiler.file_patterns import FileRules, InvalidConfig, matches
from appwasm_compiler.lockfile import AppLock, LockedPackage, LockInputs, dumps, loads
from tests.unit.test_build import boot_config


def test_pep_723_block_requirements_file_and_pyproject(tmp_path: Path):
    (tmp_path / "app.py").write_text(
        "# /// script\n# requires-python = '>=3.12'\n# dependencies = [\n#   'humanize>=4',\n"
        "#   'rich; sys_platform == \"emscripten\"',\n# ]\n# ///\nimport streamlit\n")
    (tmp_path / "base.txt").write_text("tabulate==0.9.0 \\\n    --hash=sha256:abc\n")
    (tmp_path / "requirements.txt").write_text("# comment\n-r base.txt\n\npyyaml>=6  # inline comment\n")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\ndependencies = ['attrs']\n")
    extra = tmp_path / "more.txt"
    extra.write_text("toolz\n")
    declared = declared_requirements(tmp_path, "app.py", extra_files=(str(extra),))
    assert [(str(r), r.origin) for r in declared.requirements] == [
        ("humanize>=4", "app.py (PEP 723)"),
        ('rich; sys_platform == "emscripten"', "app.py (PEP 723)"),
        ("tabulate==0.9.0", "base.txt:1"),
        ("pyyaml>=6", "requirements.txt:4"),
        ("attrs", "pyproject.toml"),
        ("toolz", f"{extra}:1"),
    ]
    assert declared.requires_python == [(">=3.12", "app.py (PEP 723)")]


def test_pages_declare_their_own_packages_with_pep_723(tmp_path: Path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text("# /// script\n# dependencies = ['humanize']\n# ///\n")
    (tmp_path / "pages" / "report.py").write_text("# /// script\n# dependencies = ['tabulate']\n# ///\n")
    (tmp_path / "pages" / "plain.py").write_text("import streamlit as st\n")
    declared = declared_requirements(tmp_path, "app.py", scripts=("pages/plain.py", "pages/report.py", "app.py"))
    assert [(str(r), r.origin) for r in declared.requirements] == [
        ("humanize", "app.py (PEP 723)"), ("tabulate", "pages/report.py (PEP 723)")]
    assert declared.files == ["app.py", "pages/report.py"]


@pytest.mark.parametrize(("text", "message"), [
    ("--index-url https://example.org/simple\n", "the option '--index-url' is not supported"),
    ("-e ./local\n", "the option '-e' is not supported"),
    ("pkg @ https://example.org/pkg-1.0-py3-none-any.whl\n", "is a direct URL requirement"),
    ("not a requirement!!\n", "is not a valid requirement"),
])
def test_requirements_that_cannot_be_honoured_are_errors(tmp_path: Path, text: str, message: str):
    path = tmp_path / "requirements.txt"
    path.write_text(text)
    with pytest.raises(InvalidRequirements, match=message) as caught:
        requirements_file(path, display="requirements.txt")
    assert caught.value.message.startswith("requirements.txt:1: ")


def test_two_script_blocks_and_bad_toml_are_errors(tmp_path: Path):
    (tmp_path / "app.py").write_text("# /// script\n# dependencies = [\n# ///\n")
    with pytest.raises(InvalidRequirements, match="not valid TOML"):
        declared_requirements(tmp_path, "app.py")
    (tmp_path / "app.py").write_text("# /// script\n# dependencies = []\n# ///\nimport os\n# /// script\n# dependencies = []\n# ///\n")
    with pytest.raises(InvalidRequirements, match="more than one"):
        declared_requirements(tmp_path, "app.py")


@pytest.mark.parametrize(("pattern", "path", "expected"), [
    ("*.ipynb", "notebooks/explore.ipynb", True),
    ("*.ipynb", "app.py", False),
    ("data/raw", "data/raw/2024/big.csv", True),
    ("data/raw/", "data/raw/big.csv", True),
    ("data/*.csv", "data/a.csv", True),
    ("data/*.csv", "data/sub/a.csv", False),
    ("data/**/*.csv", "data/sub/deep/a.csv", True),
    ("data/**/*.csv", "data/a.csv", True),
    ("**/secret?.txt", "a/b/secret1.txt", True),
    ("./app.py", "app.py", True),
    (".streamlit/secrets.toml", ".streamlit/secrets.toml", True),
    ("raw", "data/raw/x.csv", True),
])
def test_glob_patterns(pattern: str, path: str, expected: bool):
    assert matches(pattern, path) is expected


def test_include_exclude_from_the_cli_and_pyproject(fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "notes").mkdir()
    (hello_app / "notes" / "todo.md").write_text("x")
    (hello_app / "explore.ipynb").write_text("{}")
    (hello_app / ".data").mkdir()
    (hello_app / ".data" / "hidden.csv").write_text("a\n1\n")
    (hello_app / "pyproject.toml").write_text("[tool.appwasm]\nexclude = ['*.ipynb']\n")
    out = tmp_path / "site"
    result = CliRunner().invoke(main, ["build", str(hello_app), "-o", str(out), "--pyodide-dist", str(fake_dist),
                                       "--exclude", "notes/", "--include", ".data/*.csv"])
    assert result.exit_code == 0, result.output
    assert zipfile.ZipFile(out / "app" / "app.zip").namelist() == [".data/hidden.csv", "app.py", "pyproject.toml"]
    (hello_app / "pyproject.toml").write_text("[tool.appwasm]\nexclude = 'x'\nshipping = true\n")
    result = CliRunner().invoke(main, ["build", str(hello_app), "-o", str(out), "--pyodide-dist", str(fake_dist)])
    assert result.exit_code == 2 and "unknown [tool.appwasm] key(s): shipping" in result.output


def test_a_script_ships_with_its_pages_settings_and_local_modules(tmp_path: Path):
    root = tmp_path / "proj"
    (root / "pages").mkdir(parents=True)
    (root / "helpers").mkdir()
    (root / ".streamlit").mkdir()
    (root / "main.py").write_text("import streamlit as st\nimport utils\nfrom helpers.text import shout\n")
    (root / "utils.py").write_text("import deep\n")
    (root / "deep.py").write_text("X = 1\n")
    (root / "unrelated.py").write_text("")
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "text.py").write_text("def shout(s): return s.upper()\n")
    (root / "pages" / "1_Other.py").write_text("import streamlit as st\n")
    (root / ".streamlit" / "config.toml").write_text("[theme]\n")
    (root / "big.csv").write_text("a\n")
    source = locate_app(str(root / "main.py"), rules=FileRules(include=("*.csv",)))
    assert source.files == [".streamlit/config.toml", "big.csv", "deep.py", "helpers/__init__.py", "helpers/text.py",
                            "main.py", "pages/1_Other.py", "utils.py"]
    assert source.lock_name == "main.appwasm.lock"


def test_theme_goes_into_the_boot_config_and_secrets_are_warned_about(fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / ".streamlit").mkdir()
    (hello_app / ".streamlit" / "config.toml").write_text(
        '[theme]\nprimaryColor = "#1c83e1"\nbase = "dark"\nfont = "monospace"\nfancy = 1\n[server]\nport = 1\n')
    (hello_app / ".streamlit" / "secrets.toml").write_text('token = "x"\n')
    result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    assert boot_config(tmp_path / "site")["theme"] == {"primaryColor": "#1c83e1", "base": "dark", "font": "monospace"}
    assert any("theme.fancy is not supported" in w for w in result.warnings)
    assert any(w.startswith(".streamlit/secrets.toml ships with the site: every visitor can download it")
               for w in result.warnings)
    (hello_app / ".streamlit" / "config.toml").write_text('[theme]\nprimaryColor = "red; background: url(x)"\n')
    with pytest.raises(InvalidConfig, match="is not a CSS color"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    (hello_app / ".streamlit" / "config.toml").write_text('[theme]\nbase = "sepia"\n')
    with pytest.raises(InvalidConfig, match='must be "light" or "dark"'):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))


def test_large_files_warn_and_files_over_100_mb_fail(fake_dist: Path, tmp_path: Path, hello_app: Path):
    with open(hello_app / "model.bin", "wb") as f:
        f.truncate(12_000_000)  # sparse: no real disk use
    result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))
    assert "model.bin is 12.0 MB: every visitor downloads it before the app starts" in result.warnings
    with open(hello_app / "huge.bin", "wb") as f:
        f.truncate(100_000_001)
    out = tmp_path / "site2"
    result = CliRunner().invoke(main, ["build", str(hello_app), "-o", str(out), "--pyodide-dist", str(fake_dist)])
    assert result.exit_code == 2
    assert "huge.bin is 100.0 MB, over the 100 MB that GitHub Pages" in result.output
    assert "--exclude huge.bin" in result.output and not out.exists()


def test_lock_text_round_trips_and_names_what_changed():
    inputs = LockInputs(pyodide="314.0.7", python="3.14.2", requirements=('a>=1; python_version >= "3.10"',),
                        imports=("a_mod", "ünïcode"))
    lock = AppLock(inputs, [
        LockedPackage("a", "1.0", "pypi", sha256="0" * 64, file_name="a-1.0-py3-none-any.whl",
                      url="https://files.example/a-1.0-py3-none-any.whl", size=10, imports=["a_mod"], depends=["b"]),
        LockedPackage("b", "2.0", "pyodide", sha256="1" * 64, imports=["b"]),
    ], {"a_mod": "a", "ünïcode": ""})
    text = dumps(lock)
    assert loads(text, origin="appwasm.lock") == lock
    assert [p.name for p in loads(text, origin="x").ordered()] == ["b", "a"]
    changed = LockInputs(pyodide="315.0.0", python="3.14.2", requirements=("c",), imports=("a_mod",))
    assert changed.changes_from(inputs) == [
        "Pyodide 314.0.7 -> 315.0.0", "requirement 'c' added", "requirement 'a>=1; python_version >= \"3.10\"' removed",
        "import 'ünïcode' removed"]


def test_a_broken_lock_is_a_clear_error(fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "app.py").write_text("import top_pkg\n")
    (hello_app / "appwasm.lock").write_text("version = 1\n[[package]]\nname = 'x'\n")
    result = CliRunner().invoke(main, ["build", str(hello_app), "-o", str(tmp_path / "s"), "--pyodide-dist", str(fake_dist)])
    assert result.exit_code == 2 and "is incomplete" in result.output and "delete appwasm.lock" in result.output


def test_the_summary_is_plain_when_not_a_terminal(fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "app.py").write_text("import top_pkg\n")
    result = CliRunner().invoke(main, ["build", str(hello_app), "-o", str(tmp_path / "s"), "--pyodide-dist", str(fake_dist)])
    assert result.exit_code == 0, result.output
    assert "packages: leaf-pkg 1.0, top-pkg 1.0, appwasm" in result.output
    assert "MB gzip)" in result.output and "appwasm.lock (written)" in result.output
    assert "\x1b[" not in result.output and "━" not in result.output
    info = json.loads((tmp_path / "s" / "appwasm-build.json").read_text())
    assert [p["source"] for p in info["packages"]] == ["pyodide", "pyodide", "runtime"]


def test_the_summary_table_on_a_terminal(fake_dist: Path, tmp_path: Path, hello_app: Path):
    from rich.console import Console

    from appwasm_compiler.report import BuildReport

    (hello_app / "app.py").write_text("import top_pkg\n")
    result = build(str(hello_app), out=str(tmp_path / "s"), pyodide_dist=str(fake_dist))
    console = Console(record=True, force_terminal=True, width=120)
    BuildReport(console=console, err_console=console).summary(result, "s")
    text = console.export_text()
    for expected in ("Package", "top-pkg", "Pyodide 0.99.0", "appwasm runtime", "app files (1)", "Pyodide core",
                     "gzip", "built in", "Serve it with: appwasm serve s"):
        assert expected in text, expected


def test_streamlit_in_requirements_is_the_runtime_not_a_package(fake_dist: Path, tmp_path: Path, hello_app: Path):
    (hello_app / "requirements.txt").write_text("streamlit>=1.30\n")
    result = CliRunner().invoke(main, ["build", str(hello_app), "-o", str(tmp_path / "s"), "--pyodide-dist",
                                       str(fake_dist), "--index-url", "http://127.0.0.1:9/simple/"])
    assert result.exit_code == 0, result.output
    assert "note: requirements.txt:1: 'streamlit>=1.30' is provided by appwasm's runtime" in result.output
    assert boot_config(tmp_path / "s")["packages"] == ["appwasm"]
