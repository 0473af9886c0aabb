"""Choice widgets in real Chromium: selectbox (searchable combobox), multiselect,
select_slider, pills, segmented_control, feedback, radio. Each is reached by role and name,
driven from the keyboard, and its value reaches Python (shown by dependent text)."""

from __future__ import annotations

import os

from playwright.sync_api import expect


def test_choice_widgets_from_the_keyboard(open_app):
    app = open_app("inputs_choices.py")
    page = app.page
    page.get_by_text("Fruit: None").wait_for()
    if os.environ.get("APPWASM_SHOTS"):
        page.screenshot(path="/tmp/inputs_choices.png", full_page=True)

    # Selectbox: type to filter, arrows, Enter; the listbox is announced through the combobox.
    fruit = page.get_by_role("combobox", name="Fruit")
    expect(fruit).to_have_attribute("placeholder", "Pick a fruit")
    fruit.focus()
    page.keyboard.type("an")
    expect(fruit).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("option")).to_have_text(["banana"])
    page.keyboard.press("Enter")
    page.get_by_text("Fruit: banana").wait_for()
    expect(fruit).to_have_value("banana")
    fruit.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(fruit).to_have_attribute("aria-activedescendant", fruit.get_attribute("id") + "-opt-2")
    page.keyboard.press("Enter")
    page.get_by_text("Fruit: cherry").wait_for()
    fruit.press("ArrowDown")
    page.keyboard.press("Escape")  # closes without a change
    expect(fruit).to_have_attribute("aria-expanded", "false")
    page.get_by_role("button", name="Clear: Fruit").press("Enter")  # index=None: clearable again
    page.get_by_text("Fruit: None").wait_for()
    expect(page.get_by_role("button", name="Clear: Size")).to_have_count(0)

    # Enum options keep their type across reruns.
    size = page.get_by_role("combobox", name="Size")
    size.click()
    page.get_by_role("option", name="Large").click()
    page.get_by_text("Size: LARGE True").wait_for()

    # Multiselect: chips, max_selections message, Backspace removes the last chip.
    colors = page.get_by_role("combobox", name="Colors")
    colors.focus()
    page.keyboard.type("bl")
    page.keyboard.press("Enter")
    page.get_by_text("Colors: green, blue").wait_for()
    colors.press("ArrowDown")
    expect(page.get_by_role("listbox")).to_contain_text("You can only select up to 2 options. Remove an option first.")
    page.keyboard.press("Escape")
    colors.press("Backspace")
    page.get_by_text("Colors: green").wait_for()
    page.get_by_role("button", name="Remove green").click()
    page.get_by_text("Colors: none").wait_for()

    # Select sliders: single and range, labels from the options / format_func.
    level = page.get_by_role("slider", name="Level")
    expect(level).to_have_attribute("aria-valuetext", "medium")
    level.focus()
    page.keyboard.press("ArrowRight")
    page.get_by_text("Level: high; Span: 2-5").wait_for()
    end = page.get_by_role("slider", name="Span (end)")
    expect(end).to_have_attribute("aria-valuetext", "n5")
    end.focus()
    page.keyboard.press("End")
    page.get_by_text("Span: 2-9").wait_for()

    # Pills (multi) and segmented control (single): toggle buttons in a labelled group.
    tags = page.get_by_role("group", name="Tags")
    expect(tags.get_by_role("button", name="wasm")).to_have_attribute("aria-pressed", "true")
    tags.get_by_role("button", name="python").press("Enter")
    page.get_by_text("Tags: wasm+python; Mode: Day").wait_for()
    night = page.get_by_role("group", name="Mode").get_by_role("button", name="Night")
    night.focus()
    page.keyboard.press("Space")
    page.get_by_text("Mode: Night").wait_for()
    night.press("Space")  # picking the selected option again clears a single selection
    page.get_by_text("Mode: None").wait_for()

    # Feedback: stars light up to the pick and return its index; thumbs up is 1.
    page.get_by_role("button", name="4 stars").press("Enter")
    page.get_by_text("Stars: 3; Thumbs: None").wait_for()
    expect(page.locator(".aw-bg-borderless .aw-selected")).to_have_count(4)
    page.get_by_role("button", name="Thumbs up").click()
    page.get_by_text("Stars: 3; Thumbs: 1").wait_for()

    # Radio with index=None and captions: arrow keys move the choice.
    page.get_by_role("radio", name="pro").check()
    page.get_by_text("Plan: pro").wait_for()
    expect(page.get_by_role("radiogroup", name="Plan")).to_contain_text("all features")

    expect(page.get_by_role("combobox", name="Locked")).to_be_disabled()  # a collapsed label still names it
    expect(page.get_by_role("img", name="Help: Type to filter")).to_have_count(1)
    app.wait_idle()
    assert app.errors == []
    assert app.foreign_requests() == []
