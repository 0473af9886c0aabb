"""The spine end to end: widgets drive reruns, keyboard first, no request leaves the origin."""

from __future__ import annotations


def test_widgets_rerun_the_script_and_everything_stays_on_the_origin(open_app):
    app = open_app("basics.py")
    page = app.page
    page.get_by_text("Dependent: 30").wait_for()
    assert page.locator("h1").inner_text().startswith("Basics")
    # Markdown is rendered, raw HTML is escaped.
    assert page.locator(".aw-markdown b, .aw-markdown strong").first.inner_text() == "bold"
    assert "<b>escaped</b>" in page.locator(".aw-el-markdown").first.inner_text()

    # Slider from the keyboard: its accessible name is its label.
    slider = page.get_by_role("slider", name="Count")
    slider.focus()
    page.keyboard.press("ArrowRight")
    page.get_by_text("Dependent: 40").wait_for()
    page.keyboard.press("End")
    page.get_by_text("Dependent: 100").wait_for()

    # A button's on_click (with args) runs before the rerun.
    page.get_by_role("button", name="Add two").click()
    page.get_by_text("Clicks: 2").wait_for()
    page.get_by_role("button", name="Add two").press("Enter")
    page.get_by_text("Clicks: 4").wait_for()

    name = page.get_by_role("textbox", name="Name")
    name.fill("Ada")
    name.press("Enter")
    page.get_by_text("Hello Ada").wait_for()

    page.get_by_role("checkbox", name="Agree").press("Space")
    page.get_by_text("Agree: True").wait_for()

    page.get_by_role("radio", name="slow").check()
    fruit = page.get_by_role("combobox", name="Fruit")  # a searchable combobox: type, then Enter
    fruit.fill("pl")
    fruit.press("Enter")
    qty = page.get_by_role("spinbutton", name="Quantity")
    qty.focus()
    page.keyboard.press("ArrowUp")
    page.get_by_text("Choice: slow plum 2").wait_for()

    app.wait_idle()
    assert app.foreign_requests() == []
    assert any(u.endswith("pyodide.asm.wasm") for u in app.requests), "worker requests are observed"
    assert app.errors == []


def test_unchanged_elements_keep_their_dom_nodes_and_focus(open_app):
    app = open_app("basics.py")
    page = app.page
    page.evaluate("document.querySelector('h1').dataset.marker = 'kept'")
    name = page.get_by_role("textbox", name="Name")
    name.fill("Grace")
    name.press("Enter")
    page.get_by_text("Hello Grace").wait_for()
    app.wait_idle()
    assert page.evaluate("document.querySelector('h1').dataset.marker") == "kept"
    assert page.evaluate("document.activeElement.getAttribute('type')") == "text"
    # Highlighted code arrives lazily, after the first paint.
    page.locator("code.hljs").wait_for()
