"""The compatibility fixes in real Chromium: API errors as markdown, st.help without docs,
st.write of a dataclass, st.code's stripped body, st.rerun() in a callback."""

from __future__ import annotations


def test_compat_rendering(open_app):
    app = open_app("compat_render.py")
    page = app.page
    error = page.locator("[data-testid=exception]")
    error.wait_for()
    # A StreamlitAPIException's message is markdown: its code spans render as code.
    assert error.locator(".aw-exception-message code").count() >= 1
    assert "`" not in error.locator(".aw-exception-message").inner_text()
    assert error.locator(".aw-exception-message a").get_attribute("href").startswith("https://docs.streamlit.io/")
    helps = page.locator("[data-testid=doc_string]")
    assert helps.count() == 2
    assert "Point(1)" in helps.nth(0).inner_text()  # the argument's source names it
    assert "No docs available" in helps.nth(1).inner_text()
    assert page.locator(".aw-el-code pre").first.inner_text() == "indented"
    page.get_by_role("button", name="Rerun from a callback").click()
    page.get_by_text("Calling st.rerun() within a callback is a no-op.").wait_for()
    assert app.foreign_requests() == []
    assert app.errors == []
