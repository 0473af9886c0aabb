"""Media: st.image, st.audio, st.video, st.logo (bytes as buffers, hashes on reruns, errors)."""

import base64
import datetime as dt
import struct
import wave
import zlib
from io import BytesIO

import pytest

from appwasm.testing import AppTest

# A 1x1 red PNG.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"


def run(script: str, **names) -> AppTest:
    header = "import streamlit as st\n" + "".join(f"{k} = {v!r}\n" for k, v in names.items())
    return AppTest.from_string(header + script).run()


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.exception]


def deltas(at: AppTest, kind: str) -> list[dict]:
    return [m for m in at.messages if m.get("type") == "delta" and m["node"]["type"] == kind]


def decode_png(data: bytes) -> tuple[int, int, int, bytes]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, _, color, *_ = header
    return width, height, color, zlib.decompress(idat)


def test_image_bytes_travel_as_a_buffer_with_a_sniffed_mimetype():
    at = run("st.image(png, caption='Red dot', width=120)", png=PNG)
    img = at.image[0]
    assert img.images == [{"url": None, "caption": "Red dot", "mimetype": "image/png", "data": PNG}]
    assert img.width == 120
    (delta,) = deltas(at, "image")
    assert delta["_buffers"] == [PNG]
    assert delta["node"]["images"][0]["source"]["media"]["buffer"] == 0


def test_a_rerun_showing_the_same_bytes_sends_only_the_hash():
    at = run("st.image(png)\nst.image(gif)", png=PNG, gif=GIF)
    first = [d["node"]["images"][0]["source"]["media"] for d in deltas(at, "image")]
    assert [m["buffer"] for m in first] == [0, 0]
    at.run()
    second = [d for d in deltas(at, "image")]
    assert all("_buffers" not in d for d in second)
    assert [d["node"]["images"][0]["source"]["media"]["hash"] for d in second] == [m["hash"] for m in first]
    assert at.image[1].value == [GIF]  # AppTest still resolves the bytes by hash


def test_image_paths_urls_svg_and_lists(tmp_path):
    (tmp_path / "dot.png").write_bytes(PNG)
    svg = '<svg width="10" height="10"><rect width="10" height="10"/></svg>'
    at = AppTest.from_string(
        "import streamlit as st\nfrom io import BytesIO\n"
        f"png = {PNG!r}\nsvg = {svg!r}\n"
        f"st.image([{str(tmp_path / 'dot.png')!r}, 'https://example.com/cat.jpg', svg], caption=['a', 'b', 'c'])\n"
        "st.image(BytesIO(png), use_container_width=True)\n"
    ).run()
    images = at.image[0].images
    assert [i["caption"] for i in images] == ["a", "b", "c"]
    assert images[0]["data"] == PNG and images[1]["url"] == "https://example.com/cat.jpg"
    assert images[2]["mimetype"] == "image/svg+xml" and b'xmlns="http://www.w3.org/2000/svg"' in images[2]["data"]
    assert at.image[1].width == -5  # MAX_IMAGE_OR_CONTAINER


@pytest.mark.parametrize(("kwargs", "width"), [
    ("", -4), ("width=300", 300), ("width=0", -4), ("use_container_width=True", -5),
])
def test_image_width_behaviour(kwargs, width):
    at = run(f"st.image(png, {kwargs})", png=PNG)
    assert at.image[0].width == width


@pytest.mark.parametrize(("value", "width"), [("'auto'", -3), ("'always'", -2), ("True", -2), ("'never'", -1), ("False", -1)])
def test_use_column_width_is_deprecated_but_works(value, width):
    at = run(f"st.image(png, use_column_width={value})", png=PNG)
    assert at.image[0].width == width
    assert "`use_column_width` parameter has been deprecated" in at.warning[0].value


def test_image_errors():
    at = run("st.image(png, use_column_width=True, use_container_width=True)", png=PNG)
    assert "`use_container_width` and `use_column_width` cannot be set at the same time." in errors(at)[0]
    at = run("st.image([png, png], caption=['one'])", png=PNG)
    assert errors(at) == ["Cannot pair 1 captions with 2 images."]
    at = run("st.image('no/such/file.png')")
    assert errors(at) == ["Error opening 'no/such/file.png'"]


def test_numpy_images_become_png_without_pillow(monkeypatch):
    np = pytest.importorskip("numpy")
    monkeypatch.setitem(__import__("sys").modules, "PIL", None)  # as in a browser app without Pillow
    at = AppTest.from_string(
        "import streamlit as st\nimport numpy as np\n"
        "rgb = np.zeros((2, 3, 3), dtype=np.uint8); rgb[0, 0] = (255, 0, 0)\n"
        "st.image(rgb)\n"
        "st.image(rgb, channels='BGR')\n"
        "st.image(np.array([[0.0, 0.5], [1.0, 0.25]]))\n"
        "st.image(np.full((1, 1), 300), clamp=True)\n"
        "st.image(np.zeros((2, 2, 2, 3)), caption=['x', 'y'])\n"
    ).run()
    assert not at.exception
    width, height, color, rows = decode_png(at.image[0].value[0])
    assert (width, height, color) == (3, 2, 2) and rows[1:4] == b"\xff\x00\x00"
    assert decode_png(at.image[1].value[0])[3][1:4] == b"\x00\x00\xff"  # BGR swapped
    assert decode_png(at.image[2].value[0])[3] == b"\x00\x00\x7f\x00\xff\x3f"  # floats scaled to 0..255
    assert decode_png(at.image[3].value[0])[3] == b"\x00\xff"  # clamped
    assert at.image[4].captions == ["x", "y"]
    del np


def test_numpy_image_errors():
    pytest.importorskip("numpy")
    cases = {
        "np.zeros((2,))": "Numpy shape has to be of length 2 or 3.",
        "np.zeros((2, 2, 5))": "Channel can only be 1, 3, or 4 got 5. Shape is (2, 2, 5)",
        "np.full((1, 1), 2.0)": "Data is outside [0.0, 1.0] and clamp is not set.",
        "np.full((1, 1), 256)": "Data is outside [0, 255] and clamp is not set.",
    }
    for expr, message in cases.items():
        at = AppTest.from_string(f"import streamlit as st\nimport numpy as np\nst.image({expr})").run()
        assert errors(at) == [message], expr
    at = AppTest.from_string("import streamlit as st\nimport numpy as np\nst.image(np.zeros((2, 2)), channels='BGR')").run()
    assert errors(at) == ['When using `channels="BGR"`, the input image should have exactly 3 color channels']


def test_audio_from_bytes_url_file_and_times(tmp_path):
    (tmp_path / "tone.mp3").write_bytes(b"ID3fake")
    at = AppTest.from_string(
        "import streamlit as st\nimport datetime as dt\n"
        "st.audio(b'RIFFdata', start_time=5, end_time='1m', loop=True, autoplay=True)\n"
        "st.audio('https://example.com/a.ogg', start_time=dt.timedelta(seconds=90))\n"
        f"st.audio({str(tmp_path / 'tone.mp3')!r}, start_time='1h23s')\n"
        "st.audio(None)\n"
    ).run()
    a, b, c, d = at.get("audio")
    assert (a.value, a.mimetype, a.node["start_time"], a.node["end_time"], a.node["loop"], a.node["autoplay"]) == (
        b"RIFFdata", "audio/wav", 5, 60, True, True)
    assert (b.url, b.node["start_time"]) == ("https://example.com/a.ogg", 90)
    assert (c.value, c.mimetype, c.node["start_time"]) == (b"ID3fake", "audio/mpeg", 3623)
    assert d.value is None


def test_audio_numpy_needs_a_sample_rate_and_makes_a_wav():
    pytest.importorskip("numpy")
    at = AppTest.from_string(
        "import streamlit as st\nimport numpy as np\n"
        "st.audio(np.array([[0.0, 0.5, -1.0], [1.0, 0.0, 0.25]]), sample_rate=8000)\n"
        "st.audio(np.zeros(3))\n"
    ).run()
    with wave.open(BytesIO(at.get("audio")[0].value)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth(), w.getnframes()) == (2, 8000, 2, 3)
        frames = struct.unpack("<6h", w.readframes(3))
    assert frames == (0, 32767, 16383, 0, -32767, 8191)
    assert errors(at) == ["`sample_rate` must be specified when `data` is a numpy array."]


def test_audio_warns_when_sample_rate_is_ignored_and_rejects_bad_times():
    at = run("st.audio(b'x', sample_rate=44100)")
    assert at.warning[0].value == "Warning: `sample_rate` will be ignored since data is not a numpy array."
    at = run("st.audio(b'x', start_time='soon')")
    assert errors(at)[0].startswith("Failed to convert 'start_time' to a timedelta.")
    assert errors(at)[0].endswith("Got: soon")
    at = run("st.audio(b'x', end_time=[1])")
    assert errors(at)[0].startswith("Failed to convert 'end_time' to a timedelta.")


def test_video_youtube_subtitles_and_flags():
    srt = "1\n00:00:01,000 --> 00:00:02,500\nHello\n\n2\n00:00:03,000 --> 00:00:04,000\nWorld\n"
    at = AppTest.from_string(
        "import streamlit as st\n"
        "st.video('https://youtu.be/_T8LGqJtuGc', start_time=3)\n"
        f"st.video(b'\\x00\\x00\\x00\\x18ftypmp42', subtitles={{'English': {srt!r}, 'Deutsch': 'WEBVTT\\n\\n00:00.000 --> 00:01.000\\nHallo'}},"
        " autoplay=True, muted=True, loop=True, end_time=10)\n"
    ).run()
    yt, native = at.get("video")
    assert (yt.node["kind"], yt.url, yt.node["start_time"]) == ("youtube", "https://www.youtube.com/embed/_T8LGqJtuGc", 3)
    assert native.node["kind"] == "native" and native.mimetype == "video/mp4"
    assert (native.node["autoplay"], native.node["muted"], native.node["loop"], native.node["end_time"]) == (True, True, True, 10)
    subs = native.subtitles
    assert list(subs) == ["English", "Deutsch"]
    assert subs["English"] == "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nHello\n\n00:00:03.000 --> 00:00:04.000\nWorld\n"
    assert subs["Deutsch"].startswith("WEBVTT")


def test_video_bad_subtitles():
    at = run("st.video(b'x', subtitles='not subtitles at all')")
    assert errors(at) == ["Failed to process the provided subtitle: default"]


def test_logo_is_a_message_and_goes_away_when_no_longer_called():
    at = AppTest.from_string(
        "import streamlit as st\n"
        f"png = {PNG!r}\n"
        "if st.session_state.get('logo', True):\n"
        "    st.logo(png, link='https://streamlit.io', icon_image='https://example.com/i.png', size='large')\n"
    ).run()
    (logo,) = [m for m in at.messages if m.get("type") == "logo"]
    assert logo["image"]["media"]["mimetype"] == "image/png" and logo["_buffers"] == [PNG]
    assert (logo["icon_image"]["url"], logo["link"], logo["size"]) == ("https://example.com/i.png", "https://streamlit.io", "large")
    at.session_state["logo"] = False
    at.run()
    (cleared,) = [m for m in at.messages if m.get("type") == "logo"]
    assert cleared["image"] is None
    at.run()
    assert [m for m in at.messages if m.get("type") == "logo"] == []


def test_logo_errors():
    at = run("st.logo(png, link='ftp://x')", png=PNG)
    assert errors(at)[0].startswith("Invalid link: ftp://x")
    at = run("st.logo(png, size='huge')", png=PNG)
    assert "must be \"small\", \"medium\", or \"large\"" in errors(at)[0]


def test_duration_strings_without_pandas(monkeypatch):
    from appwasm.elements.display._media import parse_start_end

    monkeypatch.delitem(__import__("sys").modules, "pandas", raising=False)
    assert parse_start_end("10s", "15 seconds") == (10, 15)
    assert parse_start_end("1h23s", "2 min") == (3623, 120)
    assert parse_start_end(2.9, dt.timedelta(minutes=1)) == (2, 60)
