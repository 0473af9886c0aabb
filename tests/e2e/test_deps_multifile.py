"""A multi-file app with vendored PyPI wheels, end to end: one loadPackage, nothing off-origin."""

from __future__ import annotations

import json

import pytest

# The build reuses the committed appwasm.lock (--locked fails if it went stale) and fetches the
# pinned wheels from PyPI into the download cache on a fresh machine.
pytestmark = pytest.mark.network


def test_multifile_app_with_vendored_wheels_runs_from_its_own_origin(open_app, site_for):
    site = site_for("deps_multifile", "--locked")
    lock = json.loads((site / "pyodide" / "pyodide-lock.json").read_text())
    assert {"humanize", "python-slugify", "text-unidecode", "appwasm"} <= set(lock["packages"])

    app = open_app("deps_multifile", "--locked")
    page = app.page
    page.get_by_text("items: 3").wait_for()
    # The app's own package (shop.prices imports shop.units) and its CSV read with open().
    page.get_by_text("total: 22.07").wait_for()
    # humanize: found from the import alone; slugify: declared, with its dependency text-unidecode.
    page.get_by_text("size: 123.5 MB").wait_for()
    page.get_by_text("slug: creme-brulee-a-la-carte").wait_for()
    page.get_by_text("pages shipped: ['1_Second.py']").wait_for()
    page.get_by_text("secrets file: 2 line(s)").wait_for()

    # .streamlit/config.toml's [theme] drives the renderer's CSS variables.
    styles = page.evaluate("""() => {
        const css = getComputedStyle(document.documentElement);
        const body = getComputedStyle(document.body);
        return {primary: css.getPropertyValue('--aw-primary').trim(), background: body.backgroundColor,
                color: body.color, font: body.fontFamily, scheme: css.colorScheme};
    }""")
    assert styles["primary"] == "#1c83e1"
    assert styles["background"] == "rgb(253, 246, 227)"
    assert styles["color"] == "rgb(7, 54, 66)"
    assert "Georgia" in styles["font"] and styles["scheme"] == "light"

    app.wait_idle()
    assert app.foreign_requests() == []
    wheels = [u for u in app.requests if u.endswith(".whl")]
    assert any("humanize-" in u for u in wheels) and any("python_slugify-" in u for u in wheels)
    assert not [u for u in app.requests if "pypi" in u or "pythonhosted" in u]
    assert app.errors == []
