"""Fragments and dialogs in Chromium: a fragment's widget reruns only the fragment, run_every
reruns it on a timer, and a dialog opens, traps focus, runs its body as a fragment and closes."""

from __future__ import annotations

from playwright.sync_api import expect


def test_a_fragment_widget_reruns_only_the_fragment(open_app):
    app = open_app("layout_fragments.py")
    page = app.page
    page.get_by_text("Fragment runs: 1").wait_for()
    full = page.get_by_text("Full runs: 1")
    full.evaluate("el => el.dataset.marker = 'kept'")

    page.get_by_role("button", name="Fragment button").click()
    page.get_by_text("Fragment runs: 2").wait_for()
    app.wait_idle()
    page.get_by_role("button", name="Fragment button").press("Enter")
    page.get_by_text("Fragment runs: 3").wait_for()
    app.wait_idle()
    # The counter outside the fragment did not change, and its element was not even redrawn.
    expect(page.get_by_text("Full runs: 1")).to_be_visible()
    assert full.evaluate("el => el.dataset.marker") == "kept"
    assert page.evaluate("window.__appwasm.store.runScope") is not None

    # A full run reruns the fragment too.
    page.get_by_role("button", name="Rerun everything").click()
    page.get_by_text("Full runs: 2").wait_for()
    expect(page.get_by_text("Fragment runs: 4")).to_be_visible()
    assert app.errors == []


def test_run_every_reruns_the_fragment_on_a_timer(open_app):
    app = open_app("layout_fragments.py")
    page = app.page
    page.get_by_role("switch", name="Clock").check()
    page.get_by_text("Ticks: 1").wait_for()
    full_after_toggle = page.get_by_text("Full runs: 2")
    expect(full_after_toggle).to_be_visible()
    page.get_by_text("Ticks: 3").wait_for(timeout=30_000)
    expect(page.get_by_text("Full runs: 2")).to_be_visible()  # the timer ran only the fragment
    # Switching the clock off: a full run without the fragment stops its timer.
    page.get_by_role("switch", name="Clock").uncheck()
    page.get_by_text("Full runs: 3").wait_for()
    app.wait_idle()
    expect(page.get_by_text("Ticks:")).to_have_count(0)
    assert page.evaluate("window.__appwasm.store.history.length") == page.evaluate(
        "new Promise(r => setTimeout(() => r(window.__appwasm.store.history.length), 2500))"
    )
    assert app.errors == []


def test_a_dialog_opens_traps_focus_and_closes(open_app):
    app = open_app("layout_fragments.py")
    page = app.page
    page.get_by_role("button", name="Open dialog").click()
    dialog = page.get_by_role("dialog", name="Confirm order")
    expect(dialog).to_be_visible()
    expect(dialog).to_have_attribute("aria-modal", "true")
    assert dialog.evaluate("d => d.open && d.matches(':modal')")
    expect(dialog.get_by_text("Dialog body runs: 1")).to_be_visible()
    # Focus is inside, and Tab keeps it there (the page behind is inert).
    assert dialog.evaluate("d => d.contains(document.activeElement)")
    for _ in range(6):  # more than the dialog has controls: Tab wraps around
        page.keyboard.press("Tab")
        assert dialog.evaluate("d => d.contains(document.activeElement)")

    # Escape closes it; the next click opens it again.
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    page.get_by_role("button", name="Open dialog").click()
    expect(dialog).to_be_visible()
    # The close button closes it too.
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()

    # The body is a fragment: typing in it reruns only the body.
    page.get_by_role("button", name="Open dialog").click()
    expect(dialog.get_by_text("Dialog body runs: 3")).to_be_visible()  # one per opening so far
    app.wait_idle()
    full = page.locator("[data-testid=main]").get_by_text("Full runs:").inner_text()
    reason = dialog.get_by_role("textbox", name="Reason")
    reason.fill("looks right")
    reason.press("Enter")
    expect(dialog.get_by_text("Dialog body runs: 4")).to_be_visible()
    assert page.locator("[data-testid=main]").get_by_text("Full runs:").inner_text() == full
    # st.rerun() inside it reruns the app, which closes it.
    dialog.get_by_role("button", name="Confirm").click()
    page.get_by_text("Confirmed: looks right").wait_for()
    expect(dialog).to_be_hidden()
    assert app.errors == []
