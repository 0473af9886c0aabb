"""Multipage apps in real Chromium: the sidebar navigation, st.page_link, st.switch_page, the back
button, and deep links (static page copies, the 404.html fallback, a subpath)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.e2e.conftest import AppPage


@pytest.fixture()
def open_url(browser, site_for, serve) -> Iterator[Callable[..., AppPage]]:
    """Open an app at a path below its root (a deep link), on a server with the given base."""
    contexts = []

    def open_(name: str, path: str = "", *, base: str = "/") -> AppPage:
        server = serve(site_for(name), base=base)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        return AppPage(context.new_page(), server.url + path).open()

    yield open_
    for context in contexts:
        context.close()


def nav_link(page, name: str):
    return page.get_by_role("navigation", name="Pages").get_by_role("link", name=name)


def test_navigation_by_clicks_page_links_switch_page_and_back(open_url):
    app = open_url("state_multipage")
    page = app.page
    page.get_by_role("heading", name="Home page").wait_for()
    nav = page.get_by_role("navigation", name="Pages")
    assert nav.get_by_text("Main").count() == 1 and nav.get_by_text("Admin").count() == 1
    assert nav_link(page, "Home").get_attribute("aria-current") == "page"
    assert page.get_by_text("Shared sidebar").count() == 1
    assert page.title() == "Home"

    nav_link(page, "Analysis").click()
    page.get_by_role("heading", name="Analysis page").wait_for()
    assert page.url == app.url + "analysis"
    assert nav_link(page, "Analysis").get_attribute("aria-current") == "page"
    assert page.title() == "Analysis"
    page.get_by_role("button", name="Show chart tab").click()
    page.get_by_text("Tab: chart").wait_for()
    assert page.url == app.url + "analysis?tab=chart"

    nav_link(page, "Settings").click()
    page.get_by_role("heading", name="Settings page").wait_for()
    assert page.url == app.url + "settings", "page changes clear the query params"
    page.get_by_role("button", name="Back to analysis").click()
    page.get_by_role("heading", name="Analysis page").wait_for()
    page.get_by_text("Tab: none").wait_for()

    page.go_back()
    page.get_by_role("heading", name="Settings page").wait_for()
    page.go_back()
    page.get_by_text("Tab: chart").wait_for()
    page.go_back()
    page.get_by_text("Tab: none").wait_for()
    page.go_back()
    page.get_by_role("heading", name="Home page").wait_for()
    assert page.url == app.url

    # st.page_link: a real link (its href is the page's URL) that navigates in place.
    link = page.get_by_role("link", name="Go to analysis")
    assert link.get_attribute("href") == app.url + "analysis"
    page.evaluate("window.__notReloaded = true")
    link.click()
    page.get_by_role("heading", name="Analysis page").wait_for()
    assert page.evaluate("window.__notReloaded") is True
    app.wait_idle()
    assert app.foreign_requests() == [] and app.errors == []


def test_deep_links_static_copy_404_fallback_and_unknown_page(open_url):
    app = open_url("state_multipage", "analysis")
    app.page.get_by_role("heading", name="Analysis page").wait_for()
    assert nav_link(app.page, "Analysis").get_attribute("aria-current") == "page"
    assert app.errors == []

    # A page only known at run time: the host answers with 404.html, which loads the app.
    app.page.goto(app.url.rsplit("/analysis", 1)[0] + "/settings")
    app.wait_idle(90_000)
    app.page.get_by_role("heading", name="Settings page").wait_for()

    # A page the app does not have: the default page, a notice, and the root URL.
    root = app.url.rsplit("/analysis", 1)[0] + "/"
    app.page.goto(root + "nowhere")
    app.wait_idle(90_000)
    app.page.get_by_role("heading", name="Home page").wait_for()
    notice = app.page.get_by_role("alert").filter(has_text="Page not found")
    notice.wait_for()
    assert "/nowhere" in notice.inner_text()
    assert app.page.url == root
    notice.get_by_role("button", name="Dismiss").click()
    assert app.page.get_by_text("Page not found").count() == 0


def test_deep_link_under_a_subpath(open_url):
    app = open_url("state_multipage", "analysis", base="/sub/dir/")
    page = app.page
    page.get_by_role("heading", name="Analysis page").wait_for()
    assert "/sub/dir/analysis" in page.url
    nav_link(page, "Home").click()
    page.get_by_role("heading", name="Home page").wait_for()
    assert page.url.endswith("/sub/dir/")
    app.wait_idle()
    assert app.foreign_requests() == [] and app.errors == []


def test_pages_folder_app(open_url):
    app = open_url("state_pages_v1/app.py")
    page = app.page
    page.get_by_role("heading", name="Main page").wait_for()
    links = page.get_by_role("navigation", name="Pages").get_by_role("link")
    # Streamlit's names: numbers order the files and are dropped, a leading emoji is the icon.
    assert links.evaluate_all("els => els.map(e => e.textContent)") == ["app", "📈Plotting Demo", "Mapping"]
    nav_link(page, "Mapping").click()
    page.get_by_role("heading", name="Mapping page").wait_for()
    assert page.url == app.url + "Mapping"

    page.goto(app.url + "Plotting_Demo")
    app.wait_idle(90_000)
    page.get_by_role("heading", name="Plotting page").wait_for()
    page.get_by_role("link", name="Back to main").click()
    page.get_by_role("heading", name="Main page").wait_for()
    assert page.url == app.url
    assert app.errors == []
