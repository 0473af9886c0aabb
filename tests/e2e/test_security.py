"""A user's strings never run as code in the page: links, markdown, raw HTML, widget values."""

from __future__ import annotations


def test_hostile_strings_do_not_run(open_app):
    app = open_app("security.py")
    page = app.page
    page.get_by_text("done").wait_for()
    title = page.title()
    # A javascript: URL becomes no link at all.
    assert page.get_by_role("link", name="Bad link").count() == 0
    assert page.get_by_role("link", name="Good link").get_attribute("href") == "https://example.com/"
    page.get_by_text("Bad link").click()
    page.get_by_text("md link").click()
    assert page.locator(".aw-markdown a[href^='javascript']").count() == 0
    # Markdown without unsafe_allow_html escapes tags; with it, event handlers are stripped.
    assert page.get_by_text("<b>tag escaped</b>").count() == 1
    assert page.locator("img[onerror]").count() == 0
    # st.html lives in a sandboxed iframe without scripts.
    frame = page.locator("iframe.aw-html")
    assert "allow-scripts" not in (frame.get_attribute("sandbox") or "")
    assert page.frame_locator("iframe.aw-html").get_by_text("inside iframe").count() == 1
    # A widget value is text.
    assert page.get_by_text("Hello <script>document.title='pwned-input'</script>").count() == 1
    app.wait_idle()
    assert page.title() == title and "pwned" not in page.title()
    assert page.evaluate("document.title") == title
    assert app.errors == []
