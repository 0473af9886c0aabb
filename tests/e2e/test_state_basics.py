"""The state family in real Chromium: page config, cached functions across reruns, secrets from
the app folder, query params in sync with the URL (writes and the back button), st.context."""

from __future__ import annotations

from urllib.parse import urlsplit


def test_page_config_cache_secrets_and_query_params_round_trip(browser, site_for, serve):
    from tests.e2e.conftest import AppPage

    server = serve(site_for("state_basics"))
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    host = urlsplit(server.url).hostname
    context.add_cookies([{"name": "flavor", "value": "vanilla", "domain": host, "path": "/"}])
    try:
        app = AppPage(context.new_page(), server.url + "?tag=a&tag=b").open()
        page = app.page
        page.get_by_text("Doubled: 42").wait_for()

        # st.set_page_config: tab title, favicon drawn from the emoji, wide layout.
        assert page.title() == "State basics"
        favicon = page.evaluate("document.querySelector(\"link[rel='icon']\").href")
        assert favicon.startswith("data:image/svg+xml,") and "%F0%9F%A7%AA" in favicon.upper()
        assert page.locator(".aw-app.aw-layout-wide").count() == 1

        # Secrets from .streamlit/secrets.toml in the app folder; cookies and headers via st.context.
        page.get_by_text("Secret user: ada, key: k-123").wait_for()
        page.get_by_text("Cookie: vanilla; browser header: True").wait_for()
        page.get_by_text("Page number: 0; tags: a, b").wait_for()

        # Each click reruns; the cached function is not recomputed (its output is replayed).
        page.evaluate("window.__notReloaded = true")
        button = page.get_by_role("button", name="Next page number")
        for expected in (1, 2, 3):
            button.click()
            page.get_by_text(f"Page number: {expected}; tags: a, b").wait_for()
        page.get_by_text("Runs: 4, computed: 1").wait_for()
        assert page.get_by_text("Computing...").count() == 1, "the cached function's element is replayed"
        assert page.url.endswith("/?tag=a&tag=b&page=3")
        assert page.evaluate("window.__notReloaded") is True, "writes change the URL without a reload"

        # Back and forward: the app reruns with the URL's query string.
        page.go_back()
        page.get_by_text("Page number: 2; tags: a, b").wait_for()
        assert page.url.endswith("page=2")
        page.go_back()
        page.get_by_text("Page number: 1; tags: a, b").wait_for()
        page.go_forward()
        page.get_by_text("Page number: 2; tags: a, b").wait_for()
        app.wait_idle()
        page.get_by_text("computed: 1").wait_for()
        assert page.evaluate("window.__notReloaded") is True
        assert app.foreign_requests() == []
        assert app.errors == []
    finally:
        context.close()
