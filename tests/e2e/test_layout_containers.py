"""Layout containers in Chromium: columns side by side (stacked on a phone), tabs by keyboard,
an expander, a scrolling container, a popover and sidebar columns."""

from __future__ import annotations

from playwright.sync_api import expect

PHONE = {"width": 390, "height": 844}


def column_boxes(page) -> list[dict]:
    columns = page.locator("[data-testid=main] .aw-column")
    return [columns.nth(i).bounding_box() for i in range(3)]


def test_columns_tabs_expander_scroll_box_and_popover(open_app):
    app = open_app("layout_containers.py")
    page = app.page
    page.get_by_text("Runs: 1").wait_for()

    # Columns: side by side, widths 2:1:1, aligned at the bottom.
    left, middle, right = column_boxes(page)
    assert left["x"] < middle["x"] < right["x"]
    assert abs(left["y"] - middle["y"]) < 2
    assert left["width"] > 1.6 * middle["width"]
    expect(page.locator("[data-testid=sidebar] .aw-column")).to_have_count(2)

    # Tabs: the ARIA pattern, operated by keyboard.
    first = page.get_by_role("tab", name="First")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Content one")).to_be_visible()
    expect(page.get_by_text("Content two")).to_be_hidden()
    first.focus()
    page.keyboard.press("ArrowRight")
    second = page.get_by_role("tab", name="Second")
    expect(second).to_be_focused()
    expect(second).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel", name="Second")).to_contain_text("Content two")
    expect(page.get_by_text("Content one")).to_be_hidden()
    page.keyboard.press("End")
    expect(page.get_by_role("tab", name="Third")).to_be_focused()
    page.keyboard.press("ArrowRight")  # wraps around
    expect(first).to_be_focused()
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(second).to_have_attribute("aria-selected", "true")
    assert page.get_by_role("tab").evaluate_all("tabs => tabs.map(t => t.tabIndex)") == [-1, 0, -1]
    # The selected tab survives a rerun.
    page.get_by_role("checkbox", name="Rerun from a tab").check()
    page.get_by_text("Runs: 2").wait_for()
    app.wait_idle()
    expect(second).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Content two")).to_be_visible()

    # Expander: collapsed at first, opened from the keyboard, still open after a rerun.
    summary = page.locator("summary", has_text="Details")
    expect(page.get_by_text("Hidden detail")).to_be_hidden()
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Hidden detail")).to_be_visible()
    page.get_by_role("checkbox", name="Rerun from the expander").check()
    page.get_by_text("Runs: 3").wait_for()
    app.wait_idle()
    expect(page.get_by_text("Hidden detail")).to_be_visible()

    # A container with a height scrolls, and is reachable by keyboard.
    box = page.locator(".st-key-scroller")
    assert box.evaluate("el => el.scrollHeight > el.clientHeight + 100")
    assert box.evaluate("el => getComputedStyle(el).overflowY") == "auto"
    assert box.evaluate("el => el.getBoundingClientRect().height") == 150
    box.focus()
    page.keyboard.press("End")
    page.wait_for_function("() => document.querySelector('.st-key-scroller').scrollTop > 0")

    # Popover: a button that opens a popup, moves focus into it, and closes with Escape.
    button = page.get_by_role("button", name="Settings")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_text("Inside the popover")).to_be_hidden()
    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    slider = page.get_by_role("slider", name="Level")
    expect(slider).to_be_focused()
    page.keyboard.press("ArrowRight")
    page.get_by_text("Level: 5").wait_for()
    app.wait_idle()
    expect(page.get_by_text("Inside the popover")).to_be_visible()  # open across the rerun
    page.keyboard.press("Escape")
    expect(page.get_by_text("Inside the popover")).to_be_hidden()
    expect(button).to_be_focused()
    # A click outside closes it too.
    button.click()
    expect(page.get_by_role("dialog", name="Settings")).to_be_visible()
    page.get_by_text("Runs:").click()
    expect(page.get_by_role("dialog", name="Settings")).to_be_hidden()

    assert app.errors == []
    assert app.foreign_requests() == []


def test_columns_stack_on_a_phone(open_app):
    app = open_app("layout_containers.py", viewport=PHONE)
    page = app.page
    page.get_by_text("Right column").wait_for()
    left, middle, right = column_boxes(page)
    assert left["y"] < middle["y"] < right["y"]
    assert abs(left["x"] - middle["x"]) < 2 and abs(middle["x"] - right["x"]) < 2
    assert abs(left["width"] - right["width"]) < 2
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
