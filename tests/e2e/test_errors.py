"""A script error shows the user's traceback in place; the app stays usable."""

from __future__ import annotations


def test_exception_in_place_then_recovery(open_app):
    app = open_app("errors.py")
    page = app.page
    page.get_by_text("All good").wait_for()
    slider = page.get_by_role("slider", name="Level")
    slider.focus()
    page.keyboard.press("End")
    error = page.get_by_test_id("exception")
    error.wait_for()
    text = error.text_content()
    assert "ValueError" in text and "level 10 is too high" in text
    assert "errors.py, line 10 in check" in text  # the user's file and line, not the runtime's
    assert 'File "errors.py", line 13, in <module>' in text
    assert "appwasm/" not in text
    app.wait_idle()
    assert page.get_by_text("All good").count() == 0  # what came after the error is gone
    assert page.get_by_text("Level is 10").count() == 1  # what came before stays
    # The widgets still work and the next interaction reruns normally.
    slider.focus()
    page.keyboard.press("Home")
    page.get_by_text("All good").wait_for()
    app.wait_idle()
    assert page.get_by_test_id("exception").count() == 0
    assert app.errors == []


def test_syntax_error_shows_the_offending_line(open_app):
    app = open_app("syntax_error.py")
    error = app.page.get_by_test_id("exception")
    error.wait_for()
    text = error.text_content()
    assert "SyntaxError" in text
    assert "syntax_error.py, line 5" in text or "syntax_error.py, line 4" in text
    assert "values = [1, 2" in text or "st.write(values)" in text
    assert app.page.get_by_text("never shown").count() == 0
