"""Status elements in real Chromium: they update live while the script is still running."""

from __future__ import annotations


def test_progress_moves_during_a_blocking_loop_and_status_toast_balloons(open_app):
    app = open_app("display_status.py")
    page = app.page
    # The welcome toast is in the corner and goes away by itself.
    toast = page.locator("[data-testid=toast]").filter(has_text="Welcome!")
    toast.wait_for()
    toast.wait_for(state="detached", timeout=10_000)
    bar = page.get_by_role("progressbar")
    assert bar.get_attribute("aria-valuenow") == "25"
    assert page.locator(".aw-progress-text strong").inner_text() == "25%"

    page.get_by_role("button", name="Start").click()
    # Sample the bar while the run is going: it moves through several values mid-run.
    seen = page.evaluate(
        """async () => {
            const seen = new Set();
            const deadline = performance.now() + 20000;
            while (performance.now() < deadline) {
                const bar = document.querySelector('[role=progressbar]');
                const running = window.__appwasm.store.running;
                if (bar && running) seen.add(bar.getAttribute('aria-valuenow'));
                if (seen.size >= 5 || (!running && seen.size > 0)) break;
                await new Promise(r => setTimeout(r, 30));
            }
            return [...seen];
        }"""
    )
    assert len(seen) >= 3, seen
    status = page.locator("[data-testid=status]")
    assert status.get_attribute("data-state") == "running" or status.get_attribute("data-state") == "complete"
    # The spinner shows during the 1.2 s block, while the run is going, then goes.
    page.get_by_text("Final touches...").wait_for()
    assert page.evaluate("window.__appwasm.store.running") is True
    page.get_by_text("All done").wait_for()
    app.wait_idle()
    assert page.get_by_text("Final touches...").count() == 0
    assert status.get_attribute("data-state") == "complete"
    assert "Crunched!" in status.inner_text()
    assert status.evaluate("d => d.open") is False
    assert page.locator("[data-testid=toast]").filter(has_text="Finished").count() == 1
    page.locator("[data-testid=toast] svg.aw-material[data-icon='check']").wait_for()
    assert page.locator("[data-testid=balloons]").count() == 1
    # Dismissing a toast from the keyboard.
    page.get_by_role("button", name="Close notification").first.press("Enter")
    assert app.errors == []


def test_balloons_respect_reduced_motion(open_app, browser):
    app = open_app("display_status.py")
    app.page.emulate_media(reduced_motion="reduce")
    app.page.get_by_role("button", name="Start").click()
    app.page.get_by_text("All done").wait_for(timeout=30_000)
    assert app.page.locator("[data-testid=balloons]").count() == 0
