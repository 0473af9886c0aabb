"""Forms in Chromium: values reach Python only on submit (held across other reruns), Enter
submits, clear_on_submit resets the widgets, and a form without a submit button warns."""

from __future__ import annotations

from playwright.sync_api import expect


def last_seq(app) -> int:
    return int(app.page.evaluate("window.__appwasm.transport.lastSeq"))


def test_form_values_are_sent_only_on_submit(open_app):
    app = open_app("layout_forms.py")
    page = app.page
    page.get_by_text("Ordered:  x 1 (False)").wait_for()

    # Editing the form's widgets sends nothing: the form holds the values.
    seq = last_seq(app)
    name = page.get_by_role("textbox", name="Name")
    name.fill("Ada")
    name.press("Tab")
    qty = page.get_by_role("spinbutton", name="Quantity")
    qty.focus()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert last_seq(app) == seq
    expect(qty).to_have_value("3")

    # A rerun from outside the form keeps the held values on screen and out of Python.
    page.get_by_role("button", name="Refresh").click()
    page.get_by_text("Runs: 2").wait_for()
    app.wait_idle()
    expect(name).to_have_value("Ada")
    expect(qty).to_have_value("3")
    expect(page.get_by_text("Ordered:  x 1 (False)")).to_be_visible()

    # The submit button sends them all at once, with its click.
    page.get_by_role("button", name="Order").click()
    page.get_by_text("Ordered: Ada x 3 (True)").wait_for()
    assert last_seq(app) == seq + 2  # the Refresh click and the submission
    expect(page.get_by_text("Runs: 3")).to_be_visible()

    # Enter in a text input submits the form (enter_to_submit defaults to True).
    name.fill("Bob")
    name.press("Enter")
    page.get_by_text("Ordered: Bob x 3 (True)").wait_for()

    # clear_on_submit: the values reach Python, then the widgets show their defaults again.
    note = page.get_by_role("textbox", name="Note")
    note.fill("call back")
    page.get_by_role("checkbox", name="Urgent").check()
    page.get_by_role("button", name="Add note").click()
    page.get_by_text("Notes: call back!").wait_for()
    app.wait_idle()
    expect(note).to_have_value("")
    expect(page.get_by_role("checkbox", name="Urgent")).not_to_be_checked()
    note.fill("second")
    note.press("Enter")
    page.get_by_text("Notes: call back!, second").wait_for()

    # A form without a submit button shows Streamlit's warning.
    broken = page.locator("[data-form-id=broken]")
    expect(broken.get_by_role("alert")).to_contain_text("Missing Submit Button")
    expect(page.locator("[data-form-id=order]").get_by_role("alert")).to_have_count(0)
    assert app.errors == []
