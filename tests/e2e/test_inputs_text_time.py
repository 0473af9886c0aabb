"""Text, date, time, color and number widgets in real Chromium: reached by role and name,
driven from the keyboard, values shown by dependent text."""

from __future__ import annotations

import os

from playwright.sync_api import expect


def test_text_date_time_color_widgets_from_the_keyboard(open_app):
    app = open_app("inputs_text_time.py")
    page = app.page
    page.get_by_text("Notes: 'first'").wait_for()
    if os.environ.get("APPWASM_SHOTS"):
        page.screenshot(path="/tmp/inputs_text_time.png", full_page=True)

    # Text area: Enter is a new line, Ctrl+Enter applies.
    notes = page.get_by_role("textbox", name="Notes")
    expect(notes).to_have_attribute("placeholder", "Write here")
    notes.focus()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("second")
    expect(page.get_by_text("Press Ctrl+Enter to apply")).to_be_visible()
    page.keyboard.press("Control+Enter")
    page.get_by_text("Notes: 'first\\nsecond'").wait_for()

    secret = page.get_by_role("textbox", name="Secret")
    expect(secret).to_have_attribute("type", "password")
    secret.fill("123456789")  # max_chars keeps 8
    secret.press("Enter")
    page.get_by_text("Secret length: 8").wait_for()

    # Date input: typed in its format, and picked in the calendar from the keyboard.
    day = page.get_by_role("textbox", name="Day")
    expect(day).to_have_value("15.03.2024")
    day.fill("20.03.2024")
    day.press("Enter")
    page.get_by_text("Day: 2024-03-20").wait_for()
    page.get_by_role("button", name="Choose date: Day").press("Enter")
    calendar = page.get_by_role("dialog", name="Choose a date: Day")
    expect(calendar.get_by_role("grid")).to_have_accessible_name("March 2024")
    expect(page.locator(":focus")).to_have_accessible_name("Wednesday, March 20, 2024")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.get_by_text("Day: 2024-03-28").wait_for()
    expect(calendar).to_have_count(0)
    expect(day).to_be_focused()
    day.press("ArrowDown")  # opens the calendar again; PageDown is next month
    expect(page.locator(":focus")).to_have_accessible_name("Thursday, March 28, 2024")
    page.keyboard.press("PageDown")
    page.keyboard.press("Enter")
    page.get_by_text("Day: 2024-04-28").wait_for()

    # Starting empty (value=None): typed in MM/DD/YYYY, then cleared again.
    deadline = page.get_by_role("textbox", name="Deadline")
    expect(deadline).to_have_attribute("placeholder", "MM/DD/YYYY")
    deadline.fill("05/31/2024")
    deadline.press("Enter")
    page.get_by_text("Deadline: 2024-05-31").wait_for()
    deadline.fill("02/30/2024")  # no such day: the field returns to the value
    deadline.press("Enter")
    expect(deadline).to_have_value("05/31/2024")
    page.get_by_role("button", name="Clear: Deadline").click()
    page.get_by_text("Deadline: None").wait_for()

    # A range: two picks.
    page.get_by_role("button", name="Choose date: Trip").click()
    page.get_by_role("gridcell", name="Monday, June 10, 2024").click()
    page.get_by_role("gridcell", name="Friday, June 14, 2024").click()
    page.get_by_text("Trip: 2024-06-10 to 2024-06-14").wait_for()

    # Time input: the list is `step` apart; a typed time is taken too.
    alarm = page.get_by_role("combobox", name="Alarm")
    expect(alarm).to_have_value("07:30")
    alarm.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.get_by_text("Alarm: 08:00").wait_for()
    alarm.fill("6:45")
    alarm.press("Enter")
    page.get_by_text("Alarm: 06:45").wait_for()

    # Color picker: the hex field, and the native color input.
    hex_field = page.get_by_role("textbox", name="Color (hex)")
    expect(hex_field).to_have_value("#00f")
    hex_field.fill("#12ab34")
    hex_field.press("Enter")
    page.get_by_text("Color: #12ab34").wait_for()
    page.get_by_label("Color", exact=True).fill("#ff0000")
    page.get_by_text("Color: #ff0000").wait_for()

    # Number input starting empty (value=None): arrows step from min_value.
    amount = page.get_by_role("spinbutton", name="Amount")
    expect(amount).to_have_attribute("placeholder", "empty")
    amount.fill("2.5")
    amount.press("Enter")
    page.get_by_text("Amount: 2.5").wait_for()
    amount.press("ArrowUp")
    page.get_by_text("Amount: 3.0").wait_for()

    page.get_by_role("switch", name="Power").press("Space")
    page.get_by_text("Power: True").wait_for()
    page.get_by_role("button", name="Launch").press("Enter")
    page.get_by_text("Launched").wait_for()
    expect(page.get_by_role("button", name="Quiet")).to_be_disabled()

    app.wait_idle()
    assert app.errors == []
    assert app.foreign_requests() == []
