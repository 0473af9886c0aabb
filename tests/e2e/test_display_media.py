"""Media in real Chromium: bytes arrive as transferable buffers and show through Blob URLs."""

from __future__ import annotations


def test_images_audio_video_logo_from_buffers_and_reruns_reuse_them(open_app):
    app = open_app("display_media.py")
    page = app.page
    page.get_by_text("Runs: 0").wait_for()
    images = page.locator(".aw-image img")
    assert images.count() == 3
    page.wait_for_function("[...document.querySelectorAll('.aw-image img')].every(i => i.complete && i.naturalWidth > 0)")
    assert [images.nth(i).get_attribute("src").startswith("blob:") for i in range(3)] == [True, True, True]
    assert images.first.evaluate("i => [i.naturalWidth, i.getBoundingClientRect().width]") == [40, 80]
    assert page.locator("figcaption").all_inner_texts() == ["Red", "Blue", "Green SVG"]
    assert images.first.get_attribute("alt") == "Red"
    # Audio: a real WAV decoded by the browser.
    page.wait_for_function("document.querySelector('audio').readyState >= 1")
    assert page.locator("audio").evaluate("a => Math.round(a.duration)") == 1
    # Video: subtitles as a WebVTT track from a Blob URL.
    track = page.locator("video track")
    assert track.get_attribute("label") == "default" and track.get_attribute("src").startswith("blob:")
    # The logo, linked.
    logo = page.locator("[data-testid=logo] a")
    assert logo.get_attribute("href") == "https://example.com"
    first_src = images.first.get_attribute("src")

    page.get_by_role("button", name="Rerun").click()
    page.get_by_text("Runs: 1").wait_for()
    app.wait_idle()
    # The same bytes were sent as a hash only; the images still show, from the cache.
    page.wait_for_function("[...document.querySelectorAll('.aw-image img')].every(i => i.complete && i.naturalWidth > 0)")
    assert images.first.get_attribute("src") == first_src
    assert page.locator(".aw-media-missing").count() == 0
    page.get_by_role("button", name="Rerun").click()
    page.get_by_text("Runs: 2").wait_for()
    app.wait_idle()
    assert page.locator(".aw-media-missing").count() == 0 and images.count() == 3
    assert app.foreign_requests() == []
    assert app.errors == []
