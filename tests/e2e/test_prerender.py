"""The build-time prerender: the first screen shows before Python starts, and an early
interaction applies once it has."""

from __future__ import annotations

import shutil


def test_first_screen_shows_without_python(browser, site_for, serve, tmp_path):
    # A copy of the site without Pyodide's wasm: Python never starts, so what shows is the prerender.
    site = tmp_path / "site"
    shutil.copytree(site_for("basics.py"), site)
    (site / "pyodide" / "pyodide.asm.wasm").unlink()
    server = serve(site)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url)
        page.get_by_text("Dependent: 30").wait_for(state="attached")
        assert page.evaluate("window.__appwasm.store.prerendered") is True
        assert page.evaluate("window.__appwasm.store.history.length") == 0
        page.wait_for_function("window.__appwasm.store.boot.failed !== null", timeout=60_000)
        assert page.get_by_test_id("boot-failed").count() == 1
    finally:
        context.close()


def test_an_early_interaction_is_applied_after_boot(browser, site_for, serve):
    server = serve(site_for("basics.py"))
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(server.url)
        slider = page.get_by_role("slider", name="Count")
        slider.wait_for()
        slider.focus()
        page.keyboard.press("ArrowRight")  # very likely before Python is ready
        page.get_by_text("Dependent: 40").wait_for(timeout=90_000)
        page.wait_for_function("window.__appwasm.store.boot.interactive && !window.__appwasm.store.running")
        assert page.get_by_text("Dependent: 40").count() == 1
    finally:
        context.close()


def test_repeat_visits_restore_the_interpreter_snapshot(browser, site_for, serve):
    server = serve(site_for("basics.py"))
    context = browser.new_context()  # one profile: Cache Storage persists between the visits
    try:
        details = []
        for _ in range(2):
            page = context.new_page()
            page.goto(server.url)
            page.wait_for_function(
                "window.__appwasm && window.__appwasm.store.boot.interactive && !window.__appwasm.store.running",
                timeout=90_000)
            details.append(page.evaluate("window.__appwasm.store.boot.details.pyodide"))
            # The restored interpreter runs the app like a fresh one.
            page.get_by_role("slider", name="Count").focus()
            page.keyboard.press("ArrowRight")
            page.get_by_text("Dependent: 40").wait_for()
            # The first visit builds the snapshot in a background worker once it is interactive.
            page.wait_for_function("['stored', 'not needed', 'failed'].includes(window.__appwasm.snapshot)",
                                   timeout=90_000)
            assert page.evaluate("window.__appwasm.snapshot") in ("stored", "not needed")
            page.close()
        assert details == ["snapshot none", "snapshot restored"]
    finally:
        context.close()
