"""Camera and microphone in real Chromium, with its fake devices (a test pattern and a beep).

This module launches its own Chromium with the fake-media flags (the shared one, without
them, shows how the widgets explain a camera or microphone they cannot use).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from tests.e2e.conftest import BOOT_TIMEOUT_MS, AppPage
from tests.e2e.harness import CHROMIUM_ARGS, chromium_path

FAKE_MEDIA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


@pytest.fixture(scope="module")
def media_browser(browser: Browser) -> Iterator[Browser]:
    fake = browser.browser_type.launch(executable_path=chromium_path(), args=[*CHROMIUM_ARGS, *FAKE_MEDIA])
    yield fake
    fake.close()


def test_camera_photo_and_microphone_recording_reach_python(media_browser, site_for, serve):
    server = serve(site_for("uploads_media.py"))
    context = media_browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        app = AppPage(context.new_page(), server.url)
        app.page.goto(server.url)
        app.wait_idle(BOOT_TIMEOUT_MS)
        page = app.page
        page.get_by_text("Photo: none").wait_for()

        # The camera's picture plays; "Take Photo" sends a JPEG.
        take = page.get_by_role("button", name="Take Photo")
        page.wait_for_function("() => { const v = document.querySelector('video'); return v && v.videoWidth > 0; }")
        take.click()
        page.get_by_text("Photo: image/jpeg | jpeg True | named True").wait_for()
        assert page.get_by_role("img", name="Snapshot").count() == 1
        page.wait_for_function("() => !document.querySelector('video')")
        page.get_by_role("button", name="Clear photo").click()
        page.get_by_text("Photo: none").wait_for()
        page.wait_for_function("() => { const v = document.querySelector('video'); return v && v.videoWidth > 0; }")

        # The microphone: record, stop, and Python reads a 16-bit WAV file.
        page.get_by_role("button", name="Record").click()
        page.get_by_role("button", name="Stop recording").wait_for()
        page.wait_for_timeout(800)  # let the fake microphone produce some sound
        page.get_by_role("button", name="Stop recording").click()
        page.get_by_text("Audio: audio/wav | named True | sample width 2 | has frames True").wait_for()
        assert page.locator("audio[aria-label=Recording]").count() == 1
        page.get_by_role("button", name="Clear recording").press("Enter")
        page.get_by_text("Audio: none").wait_for()

        app.wait_idle()
        assert app.foreign_requests() == []
        assert app.errors == []
    finally:
        context.close()


def test_widgets_say_when_they_cannot_use_the_devices(open_app):
    # Without fake devices, the headless browser has no camera or microphone to give.
    app = open_app("uploads_media.py")
    page = app.page
    page.get_by_text("This app would like to use your camera.", exact=False).wait_for()
    assert page.get_by_role("button", name="Take Photo").is_disabled()
    page.get_by_role("button", name="Record").click()
    page.get_by_text("This app would like to use your microphone.", exact=False).wait_for()
    assert page.get_by_text("Audio: none").count() == 1
    assert app.errors == []
