"""The build-time prerender of the app's first screen."""

from __future__ import annotations

from pathlib import Path

from appwasm_compiler.prerender import prerender_app


def write_app(folder: Path, source: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "app.py").write_text(source)
    return folder


def test_first_run_deltas_and_page_config(tmp_path: Path):
    app = write_app(tmp_path / "a", "import streamlit as st\nprint('noise on stdout')\nst.title('Hi')\nst.slider('s', 0, 9, 4)\n")
    result = prerender_app(app, "app.py")
    assert result.skipped is None
    types = [m["node"]["type"] for m in result.messages if m["type"] == "delta"]
    assert types == ["heading", "slider"]
    assert result.messages[1]["node"]["value"] == [4]


def test_reads_files_relative_to_the_app(tmp_path: Path):
    app = write_app(tmp_path / "b", "import streamlit as st\nst.write(open('data.txt').read())\n")
    (app / "data.txt").write_text("from a file")
    result = prerender_app(app, "app.py")
    assert result.messages[0]["node"]["body"] == "from a file"


def test_failures_skip_the_prerender_with_a_reason(tmp_path: Path):
    broken = write_app(tmp_path / "c", "import streamlit as st\nimport not_installed_anywhere\n")
    assert "not_installed_anywhere" in prerender_app(broken, "app.py").skipped
    raising = write_app(tmp_path / "d", "raise ValueError('boom')\n")
    assert prerender_app(raising, "app.py").skipped == "ValueError: boom"
    slow = write_app(tmp_path / "e", "import time\ntime.sleep(30)\n")
    assert "longer than" in prerender_app(slow, "app.py", timeout=1).skipped
