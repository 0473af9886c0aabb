"""`appwasm build`: the site it writes, and how it fails."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from appwasm_compiler.build import BUILD_INFO, build
from appwasm_compiler.cli import main
from appwasm_compiler.errors import BuildError, PackageUnavailable, PyodideUnavailable
from appwasm_compiler.pyodide_dist import resolve_pyodide
from appwasm_compiler.runtime_wheel import build_runtime_wheel
from tests.unit.conftest import _wheel, write_stdlib_zip


def site_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and "assets/" not in p.relative_to(site).as_posix())


def boot_config(site: Path) -> dict:
    html = (site / "index.html").read_text()
    start = html.index('id="appwasm-boot">') + len('id="appwasm-boot">')
    return json.loads(html[start:html.index("</script>", start)])


def test_site_tree_and_lock(hello_app: Path, fake_dist: Path, tmp_path: Path):
    out = tmp_path / "site"
    result = build(str(hello_app / "app.py"), out=str(out), pyodide_dist=str(fake_dist))
    wheel = build_runtime_wheel()
    assert site_files(out) == sorted([
        BUILD_INFO, "404.html", "app/app.zip", "index.html",
        f"pyodide/{wheel.file_name}", "pyodide/pyodide-lock.json", "pyodide/pyodide.asm.mjs",
        "pyodide/pyodide.asm.wasm", "pyodide/pyodide.mjs", "pyodide/python_stdlib.zip",
    ])
    assert (out / "assets" / "app.js").exists() and (out / "assets" / "worker.js").exists()
    assert not list((out / "assets").rglob("*.map")), "source maps stay out of sites"
    lock = json.loads((out / "pyodide" / "pyodide-lock.json").read_text())
    assert list(lock["packages"]) == ["appwasm"]
    assert lock["packages"]["appwasm"]["sha256"] == wheel.sha256
    assert lock["info"]["abi_version"] == "2099_0"
    config = boot_config(out)
    assert config["packages"] == ["appwasm"] and config["entry"] == "app.py"
    assert config["pyodide_version"] == "0.99.0"
    assert zipfile.ZipFile(out / "app" / "app.zip").namelist() == ["app.py"]
    assert result.pyodide_version == "0.99.0"


def test_pyodide_packages_follow_the_apps_imports_with_dependencies(hello_app: Path, fake_dist: Path, tmp_path: Path):
    (hello_app / "app.py").write_text("import streamlit as st\nimport top_pkg\nimport json, os\nimport nowhere_pkg\n")
    out = tmp_path / "site"
    result = build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    assert boot_config(out)["packages"] == ["leaf-pkg", "top-pkg", "appwasm"]
    assert (out / "pyodide" / "top_pkg-1.0-py3-none-any.whl").exists()
    assert any("nowhere_pkg" in w and "app.py:4" in w for w in result.warnings)


def test_the_standard_library_is_the_sites_python_not_the_hosts(hello_app: Path, fake_dist: Path, tmp_path: Path):
    # A Pyodide whose Python dropped cgi, gained annotationlib, and ships sqlite3 as a package
    # (as 0.29 does): the host's standard library would get all three wrong.
    write_stdlib_zip(fake_dist, {"os", "json", "annotationlib"})
    lock = json.loads((fake_dist / "pyodide-lock.json").read_text())
    sha = _wheel(fake_dist / "sqlite3-1.0.0-py3-none-any.whl", "sqlite3")
    lock["packages"]["sqlite3"] = {
        "name": "sqlite3", "version": "1.0.0", "file_name": "sqlite3-1.0.0-py3-none-any.whl", "install_dir": "stdlib",
        "sha256": sha, "package_type": "cpython_module", "imports": ["sqlite3", "_sqlite3"], "depends": [],
        "unvendored_tests": False}
    (fake_dist / "pyodide-lock.json").write_text(json.dumps(lock))
    (hello_app / "app.py").write_text("import os, json, math\nimport annotationlib\nimport sqlite3\nimport cgi\n")
    result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist), use_lock=False)
    assert boot_config(tmp_path / "site")["packages"] == ["sqlite3", "appwasm"]
    flagged = [w for w in result.warnings if "import '" in w]
    assert len(flagged) == 1 and flagged[0].startswith("app.py:4: import 'cgi' is not in the standard library of "
                                                      "Python 3.13.2, which Pyodide 0.99.0 runs")


def test_a_damaged_stdlib_archive_is_named(hello_app: Path, fake_dist: Path, tmp_path: Path):
    (fake_dist / "python_stdlib.zip").write_bytes(b"PK")
    with pytest.raises(PyodideUnavailable, match="python_stdlib.zip is not a readable zip"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))


def test_a_wheel_that_does_not_match_the_lock_is_refused(hello_app: Path, fake_dist: Path, tmp_path: Path):
    (hello_app / "app.py").write_text("import top_pkg\n")
    (fake_dist / "top_pkg-1.0-py3-none-any.whl").write_bytes(b"tampered")
    out = tmp_path / "site"
    with pytest.raises(BuildError, match="sha256"):
        build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site")], "no staging folder left behind"


def test_missing_package_file_names_package_and_source(hello_app: Path, fake_dist: Path, tmp_path: Path):
    (hello_app / "app.py").write_text("import top_pkg\n")
    (fake_dist / "leaf_pkg-1.0-py3-none-any.whl").unlink()
    with pytest.raises(PackageUnavailable, match="leaf-pkg.*missing"):
        build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=str(fake_dist))


def test_rebuild_replaces_a_site_but_never_a_foreign_folder(hello_app: Path, fake_dist: Path, tmp_path: Path):
    out = tmp_path / "site"
    build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    (out / "stale.txt").write_text("old")
    build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    assert not (out / "stale.txt").exists()
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "thesis.txt").write_text("precious")
    with pytest.raises(BuildError, match="not an appwasm site"):
        build(str(hello_app), out=str(foreign), pyodide_dist=str(fake_dist))
    assert (foreign / "thesis.txt").read_text() == "precious"


def test_a_site_that_cannot_be_moved_in_leaves_the_previous_one(hello_app: Path, fake_dist: Path, tmp_path: Path,
                                                                 monkeypatch):
    import os

    out = tmp_path / "site"
    build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    (out / "marker.txt").write_text("previous")
    real_replace = os.replace

    def refuse_the_new_site(src, dst):
        if Path(src).name.startswith(".site.building-"):
            raise OSError(13, "Permission denied")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_the_new_site)
    with pytest.raises(BuildError, match="cannot move the new site into"):
        build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    assert (out / "marker.txt").read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


def test_folder_apps_ship_their_files_without_caches(hello_app: Path, fake_dist: Path, tmp_path: Path):
    (hello_app / "data.csv").write_text("a,b\n1,2\n")
    (hello_app / "__pycache__").mkdir()
    (hello_app / "__pycache__" / "x.pyc").write_bytes(b"")
    (hello_app / ".git").mkdir()
    (hello_app / ".git" / "HEAD").write_text("ref")
    (hello_app / ".streamlit").mkdir()
    (hello_app / ".streamlit" / "config.toml").write_text("[theme]\n")
    out = hello_app / "site"  # inside the app folder: must not ship itself
    build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    names = zipfile.ZipFile(out / "app" / "app.zip").namelist()
    assert names == [".streamlit/config.toml", "app.py", "data.csv"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.py"], "app 'missing.py' does not exist"),
        (["{app}"], "has no app.py"),
        (["{app}/notes.txt"], "is not a Python file (.py)"),
        (["{app}/app.py", "-o", "{app}/notes.txt/site"], "cannot"),
        (["{app}/app.py", "-o", "{app}/notes.txt"], "is a file"),
    ],
)
def test_cli_errors_are_one_clear_line_with_exit_code_2(args, message, tmp_path: Path, fake_dist: Path):
    app = tmp_path / "app"
    app.mkdir()
    (app / "other.py").write_text("")
    (app / "notes.txt").write_text("")
    if args[0] == "{app}/app.py":
        (app / "app.py").write_text("import streamlit as st\n")
    argv = ["build", *[a.format(app=app) for a in args], "--pyodide-dist", str(fake_dist)]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = CliRunner().invoke(main, argv)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.rglob("*")) == before, "nothing written on failure"


def test_unknown_pyodide_dist_folder_is_a_clear_error(hello_app: Path, tmp_path: Path):
    result = CliRunner().invoke(main, ["build", str(hello_app), "-o", str(tmp_path / "s"), "--pyodide-dist", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "no such folder" in result.output


def test_dependencies_are_ordered_and_missing_ones_named(fake_dist: Path):
    dist = resolve_pyodide(str(fake_dist))
    assert dist.with_dependencies(["top_pkg"]) == ["leaf-pkg", "top-pkg"]
    with pytest.raises(PackageUnavailable, match="'ghost'"):
        dist.with_dependencies(["ghost"])


def test_runtime_wheel_is_reproducible_and_complete():
    first, second = build_runtime_wheel(), build_runtime_wheel()
    assert first.sha256 == second.sha256
    names = zipfile.ZipFile(__import__("io").BytesIO(first.data)).namelist()
    assert "appwasm/__init__.py" in names and "appwasm/worker_entry.py" in names
    assert not [n for n in names if n.startswith("appwasm/testing/") or n.endswith(".pyc")]
    assert f"appwasm-{first.version}.dist-info/RECORD" in names


def test_version_and_help():
    runner = CliRunner()
    assert runner.invoke(main, ["--version"]).output.startswith("appwasm, version ")
    assert "build" in runner.invoke(main, ["--help"]).output
    out = subprocess.run([sys.executable, "-m", "appwasm_compiler", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "serve" in out.stdout


def test_prerender_and_snapshot_switches(hello_app: Path, fake_dist: Path, tmp_path: Path):
    out = tmp_path / "site"
    build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    html = (out / "index.html").read_text()
    assert 'id="appwasm-prerender"' in html and "\\u003c" not in html.split('id="appwasm-prerender">')[1][:20]
    config = boot_config(out)
    assert config["snapshot"] is True and config["snapshot_key"].startswith("0.99.0-")
    build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist), prerender=False, snapshot=False)
    assert 'id="appwasm-prerender"' not in (out / "index.html").read_text()
    assert boot_config(out)["snapshot"] is False


def test_prerendered_json_cannot_break_out_of_its_script_tag(hello_app: Path, fake_dist: Path, tmp_path: Path):
    (hello_app / "app.py").write_text("import streamlit as st\nst.write('</script><script>alert(1)</script>')\n")
    out = tmp_path / "site"
    build(str(hello_app), out=str(out), pyodide_dist=str(fake_dist))
    html = (out / "index.html").read_text()
    assert "<script>alert(1)" not in html
    assert html.count("</script>") == 4  # boot config, prerender, start.js, app.js


def test_charts_imply_pandas_and_a_styler_implies_jinja2(tmp_path: Path):
    from appwasm_compiler.app_source import locate_app
    from appwasm_compiler.imports import implied_notes, scan_imports

    app = tmp_path / "charts"
    app.mkdir()
    (app / "app.py").write_text("import streamlit as st\nst.line_chart([1, 2, 3])\nplt_style = thing.style\n")
    scan = scan_imports(locate_app(str(app)))
    assert sorted(scan.third_party) == ["jinja2", "pandas"]
    assert implied_notes(scan)[1] == "pandas included: st.line_chart (app.py:2) needs it in the browser"
    (app / "app.py").write_text("import streamlit as st\nx = matplotlib.style\n")
    assert scan_imports(locate_app(str(app))).third_party == {}  # no pandas: `.style` is something else
    (app / "app.py").write_text("import pandas as pd\nimport streamlit as st\nst.bar_chart(pd.DataFrame())\n")
    scan = scan_imports(locate_app(str(app)))
    assert [s.implied_by for s in scan.third_party["pandas"]] == [None] and implied_notes(scan) == []


def test_site_gzip_sizes_are_remembered_by_content(tmp_path: Path, monkeypatch):
    import os
    import zlib

    from appwasm_compiler.site_sizes import GZIP_SIZES, measure_site

    monkeypatch.setenv("APPWASM_CACHE_DIR", str(tmp_path / "cache"))
    site = tmp_path / "site"
    site.mkdir()
    big = site / "big.bin"
    big.write_bytes(os.urandom(300_000) + b"a" * 300_000)
    (site / "small.txt").write_text("hello " * 100)
    expected = len(zlib.compress(big.read_bytes(), 6, wbits=31)) + len(zlib.compress((site / "small.txt").read_bytes(), 6, wbits=31))
    first = measure_site(site)
    assert (first.raw, first.gzip) == (600_000 + 600, expected)
    assert len(json.loads((tmp_path / "cache" / GZIP_SIZES).read_text())) == 1  # only the big file is remembered
    assert measure_site(site) == first
    big.write_bytes(b"b" * 600_000)  # new content, new size
    assert measure_site(site).gzip < first.gzip


def test_a_mirrored_distribution_missing_a_core_file_is_named_and_not_cached(hello_app: Path, fake_dist: Path,
                                                                              tmp_path: Path):
    import functools
    import http.server
    import threading

    quiet = type("Quiet", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *args: None})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(quiet, directory=str(fake_dist)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        asm = fake_dist / "pyodide.asm.mjs"
        asm.rename(tmp_path / "asm.bak")
        with pytest.raises(PyodideUnavailable, match=f"{url} has neither pyodide.asm.mjs nor pyodide.asm.js"):
            build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=url)
        (tmp_path / "asm.bak").rename(asm)  # the mirror is fixed: the next build fetches it again
        result = build(str(hello_app), out=str(tmp_path / "site"), pyodide_dist=url)
        assert result.pyodide_version == "0.99.0" and (tmp_path / "site" / "pyodide" / "pyodide.asm.mjs").exists()
    finally:
        server.shutdown()
        server.server_close()
