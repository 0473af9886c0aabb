"""End-to-end fixtures: Chromium via Playwright, apps built with the real pinned Pyodide."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.e2e.harness import APPS, CHROMIUM_ARGS, Server, build_site, chromium_path, ensure_shell_bundle, serve_site

BOOT_TIMEOUT_MS = 90_000


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    ensure_shell_bundle()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def site_for(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Build `tests/e2e/apps/<name>` once per session (with the given build flags)."""
    built: dict[tuple[str, tuple[str, ...]], Path] = {}

    def build(name: str, *flags: str) -> Path:
        key = (name, flags)
        if key not in built:
            ensure_shell_bundle()
            out = tmp_path_factory.mktemp(name.replace("/", "_").replace(".py", "")) / "site"
            built[key] = build_site(APPS / name, out, *flags)
        return built[key]

    return build


@pytest.fixture()
def serve() -> Iterator[Callable[..., Server]]:
    servers: list[Server] = []

    def start(site: Path, **kwargs: object) -> Server:
        server = serve_site(site, **kwargs)  # type: ignore[arg-type]
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


class AppPage:
    """A page running an app, with the requests it made and the errors it logged."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self) -> AppPage:
        self.page.goto(self.url)
        self.wait_idle(BOOT_TIMEOUT_MS)
        return self

    def wait_idle(self, timeout: float = 30_000) -> None:
        """Until the app is interactive and no run is in progress (or the boot failed)."""
        self.page.wait_for_function(
            "() => { const s = window.__appwasm && window.__appwasm.store;"
            " return s && (s.boot.failed || (s.boot.interactive && !s.running)); }",
            timeout=timeout,
        )
        failed = self.page.evaluate("window.__appwasm.store.boot.failed")
        assert not failed, f"the app failed to boot: {failed}"

    def run_id(self) -> int:
        return int(self.page.evaluate("window.__appwasm.store.runId"))

    def wait_for_run_after(self, run_id: int, timeout: float = 30_000) -> None:
        self.page.wait_for_function(
            f"() => {{ const s = window.__appwasm.store; return s.runId > {run_id} && !s.running; }}", timeout=timeout
        )

    def foreign_requests(self) -> list[str]:
        origin = urlsplit(self.url)
        return [u for u in self.requests
                if not u.startswith(("data:", "blob:")) and urlsplit(u).netloc != origin.netloc]


@pytest.fixture()
def open_app(browser: Browser, site_for: Callable[..., Path], serve: Callable[..., Server]) -> Iterator[Callable[..., AppPage]]:
    contexts = []

    def open_(name: str, *flags: str, isolate: bool = True, base: str = "/", viewport: dict | None = None) -> AppPage:
        server = serve(site_for(name, *flags), isolate=isolate, base=base)
        context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
        contexts.append(context)
        return AppPage(context.new_page(), server.url).open()

    yield open_
    for context in contexts:
        context.close()
