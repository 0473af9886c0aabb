"""Deep links into multipage apps: the pages written at build time, and `appwasm serve`'s 404.html."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from appwasm_compiler.app_source import locate_app
from appwasm_compiler.build import build
from appwasm_compiler.pages import BASE_SCRIPT, static_page_paths, with_base_script

from tests.unit.test_serve import start, stop


def write(root: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content)
    return root


def test_page_paths_seen_in_the_source(tmp_path: Path):
    app = write(tmp_path / "app", {
        "app.py": """
import streamlit as st
from views import dashboard
SLUG = "dyn"
pages = [
    st.Page("home.py", default=True),
    st.Page("reports/02_📊_Sales_Report.py"),
    st.Page(page="other.py", url_path="/custom/"),
    st.Page(dashboard),
    st.Page(views.settings, title="Settings"),
    st.Page(lambda: None, title="Lambda", url_path=SLUG),
    st.Page("x.py", url_path="a/b"),
]
""",
        "pages/1_📈_Plotting.py": "", "pages/about.py": "",
    })
    assert static_page_paths(locate_app(str(app))) == [
        "Plotting", "about", "Sales_Report", "custom", "dashboard", "settings"]


def test_the_base_script_goes_first_in_head_and_the_prerender_goes():
    html = ('<!doctype html>\n<html><head>\n<meta charset="utf-8">\n<link href="assets/app.css">\n'
            '<script type="application/json" id="appwasm-prerender">{"messages": [1]}</script>\n</head></html>')
    out = with_base_script(html)
    assert out.index(BASE_SCRIPT) > out.index('<meta charset="utf-8">')
    assert out.index(BASE_SCRIPT) < out.index("assets/app.css")
    assert "appwasm-prerender" not in out and out.endswith('<link href="assets/app.css">\n</head></html>')


def test_build_writes_page_copies_and_a_404_page(tmp_path: Path, fake_dist: Path):
    app = write(tmp_path / "app", {
        "app.py": "import streamlit as st\n",
        "pages/1_Analysis.py": "import streamlit as st\n",
    })
    out = tmp_path / "site"
    build(str(app / "app.py"), out=str(out), pyodide_dist=str(fake_dist))
    index = (out / "index.html").read_text()
    assert BASE_SCRIPT not in index, "the root page needs no <base>"
    assert (out / "Analysis" / "index.html").read_text() == with_base_script(index)
    assert (out / "404.html").read_text() == with_base_script(index)
    assert "pages/1_Analysis.py" in __import__("zipfile").ZipFile(out / "app" / "app.zip").namelist(), \
        "a single script ships its pages/ folder"


def test_serve_answers_unknown_paths_with_404_html(tmp_path: Path):
    site = write(tmp_path / "site", {"index.html": "<title>root</title>", "404.html": "<title>fallback</title>",
                                     "Analysis/index.html": "<title>page</title>"})
    proc, url = start(site, "--base", "/sub/")
    try:
        with urllib.request.urlopen(url + "Analysis", timeout=10) as response:
            assert response.url.endswith("/sub/Analysis/") and b"<title>page</title>" in response.read()
        try:
            urllib.request.urlopen(url + "later/page", timeout=10)
            raise AssertionError("expected a 404")
        except urllib.error.HTTPError as exc:
            assert exc.code == 404 and exc.read() == b"<title>fallback</title>"
    finally:
        stop(proc)
