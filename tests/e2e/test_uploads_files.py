"""Files in and out, in real Chromium: uploads reach Python as bytes, downloads leave as files."""

from __future__ import annotations

import hashlib
from pathlib import Path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def test_file_uploader_sends_real_bytes_to_python(open_app):
    app = open_app("uploads_files.py")
    page = app.page
    page.get_by_text("Single: none").wait_for()
    single = page.locator(".aw-el-file_uploader").nth(0)
    many = page.locator(".aw-el-file_uploader").nth(1)
    assert "Limit 200MB per file • CSV, TXT" in single.inner_text()

    # A file picked with the file dialog: its bytes are read in Python.
    csv = b"name,value\nalpha,1\n"
    single.locator("input[type=file]").set_input_files(
        files=[{"name": "data.csv", "mimeType": "text/csv", "buffer": csv}])
    page.get_by_text(f"Single: data.csv | text/csv | {len(csv)} | sha {_sha(csv)}").wait_for()

    # Every byte value survives the trip (no text or base64 step); the extension check ignores case.
    binary = bytes(range(256)) * 40
    single.locator("input[type=file]").set_input_files(
        files=[{"name": "BLOB.TXT", "mimeType": "text/plain", "buffer": binary}])
    page.get_by_text(f"Single: BLOB.TXT | text/plain | {len(binary)} | sha {_sha(binary)}").wait_for()
    assert single.get_by_text("data.csv").count() == 0, "a single-file uploader replaces its file"

    # A file of another type is refused in the page, with Streamlit's message; the value stays.
    single.locator("input[type=file]").set_input_files(
        files=[{"name": "photo.png", "mimeType": "image/png", "buffer": b"\x89PNG"}])
    single.get_by_text("image/png files are not allowed.").wait_for()
    app.wait_idle()
    assert page.get_by_text(f"sha {_sha(binary)}").count() == 1

    # Removing the file (keyboard) empties the widget; the refused row can be dismissed too.
    single.get_by_role("button", name="Remove BLOB.TXT").press("Enter")
    page.get_by_text("Single: none").wait_for()
    single.get_by_role("button", name="Remove photo.png").click()
    assert single.locator(".aw-file").count() == 0

    # Several files at once, then one more through "Browse files" from the keyboard.
    many.locator("input[type=file]").set_input_files(files=[
        {"name": "a.txt", "mimeType": "text/plain", "buffer": b"A"},
        {"name": "b.bin", "mimeType": "application/octet-stream", "buffer": b"\x00\x01\x02"},
    ])
    page.get_by_text("Many: a.txt=1, b.bin=3").wait_for()
    with page.expect_file_chooser() as chooser:
        many.get_by_role("button", name="Browse files").press("Enter")
    chooser.value.set_files(files=[{"name": "c.json", "mimeType": "application/json", "buffer": b"{}"}])
    page.get_by_text("Many: a.txt=1, b.bin=3, c.json=2").wait_for()

    # Drag and drop.
    transfer = page.evaluate_handle(
        "() => { const dt = new DataTransfer();"
        " dt.items.add(new File(['dropped!'], 'drop.txt', { type: 'text/plain' })); return dt; }"
    )
    many.get_by_test_id("dropzone").dispatch_event("drop", {"dataTransfer": transfer})
    page.get_by_text("Many: a.txt=1, b.bin=3, c.json=2, drop.txt=8").wait_for()
    many.get_by_role("button", name="Remove b.bin").click()
    page.get_by_text("Many: a.txt=1, c.json=2, drop.txt=8").wait_for()

    app.wait_idle()
    assert app.foreign_requests() == []
    assert app.errors == []


def test_download_and_link_buttons(open_app, tmp_path: Path):
    app = open_app("uploads_files.py")
    page = app.page
    page.get_by_text("Downloads: 0, clicked: False").wait_for()

    with page.expect_download() as report:
        page.get_by_role("button", name="Download report").click()
    assert report.value.suggested_filename == "report.csv"
    assert Path(report.value.path()).read_bytes() == b"name,value\nalpha,1\n"
    # As in Streamlit 1.40, the click reruns the script: on_click ran, the button returned True.
    page.get_by_text("Downloads: 1, clicked: True").wait_for()

    with page.expect_download() as raw:
        page.get_by_role("button", name="Download bytes").press("Enter")
    assert raw.value.suggested_filename == "streamlit_download.bin"
    assert Path(raw.value.path()).read_bytes() == bytes(range(256))
    page.get_by_text("Downloads: 1, clicked: False").wait_for()

    docs = page.get_by_role("link", name="Open docs")
    assert docs.get_attribute("href") == "https://docs.streamlit.io/"
    assert docs.get_attribute("target") == "_blank"
    assert "aw-button-primary" in (docs.get_attribute("class") or "")
    disabled = page.get_by_role("link", name="Disabled link")
    assert disabled.get_attribute("aria-disabled") == "true"
    assert disabled.get_attribute("href") is None

    app.wait_idle()
    # The downloads were Blob URLs made in the page: nothing went to another origin.
    assert app.foreign_requests() == []
    assert app.errors == []
