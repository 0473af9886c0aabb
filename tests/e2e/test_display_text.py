"""Text display in real Chromium: markdown extensions, LaTeX (lazy), sanitising, sandboxed HTML."""

from __future__ import annotations


def test_markdown_latex_html_components_echo_help(open_app):
    app = open_app("display_text.py")
    page = app.page
    page.get_by_text("Returned: streamed words arrive").wait_for()
    md = page.locator(".aw-el-markdown").first
    # Colored text, background, rainbow.
    assert md.locator(".aw-color-red").inner_text() == "red text"
    assert md.locator(".aw-bg-green").inner_text() == "green bg"
    assert md.locator(".aw-color-rainbow").count() == 1
    assert page.locator("h1 .aw-color-blue").inner_text() == "text"
    # Emoji shortcodes (lazy chunk) and Material icons as inline SVG (lazy shard, same origin).
    md.get_by_text("😄").wait_for()
    assert "👍" in md.inner_text()
    page.locator("svg.aw-material[data-icon='home']").wait_for()
    assert md.locator(".aw-material-fallback").inner_text() == "zz not an icon"
    page.locator(".aw-el-alert svg.aw-material[data-icon='check_circle']").wait_for()
    # Math: inline and st.latex rendered by KaTeX; "$5 and $10" stays text.
    page.locator(".aw-math .katex").first.wait_for()
    assert md.locator(".aw-math .katex").count() == 1
    assert "$5 and $10" in md.inner_text()
    assert page.locator(".aw-el-markdown .aw-math-display .katex-display").count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector('.katex')).fontFamily").startswith("KaTeX")
    # GitHub table, strikethrough, highlighted code fence, heading id.
    assert md.locator("table td s").inner_text() == "old"
    md.locator("pre code.hljs .hljs-keyword").first.wait_for()
    assert md.locator("h2#a-markdown-heading").count() == 1
    # Sanitising: neither the script nor the onerror handler ran.
    assert page.get_by_text("html ok").count() == 1
    page.wait_for_timeout(300)
    assert page.evaluate("[window.__pwned_md, window.__pwned_img, window.__pwned_html]") == [None, None, None]
    # st.html: in a sandboxed iframe (no scripts), sized to its content, not in the page DOM.
    frame = page.locator("iframe.aw-html")
    assert "allow-scripts" not in frame.get_attribute("sandbox")
    assert page.locator("#inner").count() == 0
    assert page.frame_locator("iframe.aw-html").locator("#inner").inner_text() == "Inside html"
    page.wait_for_function("document.querySelector('iframe.aw-html').getBoundingClientRect().height > 190")
    # components.html: scripts run inside, but cannot reach the page.
    component = page.frame_locator("iframe.aw-iframe")
    component.get_by_text("component script ran").wait_for()
    component.get_by_text("blocked").wait_for()
    assert page.title() != "pwned"
    assert page.locator("iframe.aw-iframe").evaluate("f => f.getBoundingClientRect().height") == 80
    # st.echo: the code above its output; st.help; write_stream.
    assert "answer = 6 * 7" in page.locator(".aw-el-code").first.inner_text()
    page.get_by_text("The answer is 42").wait_for()
    help_box = page.locator("[data-testid=doc_string]")
    assert "progress" in help_box.inner_text() and "(value" in help_box.inner_text()
    # Help tooltip on the title is reachable from the keyboard.
    assert page.get_by_role("img", name="Help: A title with help").count() == 1
    assert app.foreign_requests() == []
    assert app.errors == []


def test_a_page_without_latex_or_icons_downloads_none_of_their_chunks(open_app):
    app = open_app("basics.py")
    app.page.get_by_text("Dependent: 30").wait_for()
    loaded = [u for u in app.requests if "/chunks/" in u or u.endswith(".css") or u.endswith(".woff2")]
    assert not [u for u in loaded if "math-" in u or "katex" in u or "KaTeX" in u], loaded
    assert not [u for u in loaded if "/chunks/" in u and u.rsplit("/", 1)[-1].split("-")[0].isdigit()], loaded
