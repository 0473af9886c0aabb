"""The index client: PEP 691 JSON and PEP 503 HTML pages, PEP 658 metadata, a wheel's modules."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from appwasm_compiler.pypi import PyPIClient, _decode_page, _wheels_of, wheel_top_level
from tests.unit.deps_fakes import make_wheel

HTML_PAGE = b"""<!DOCTYPE html><html><body>
<a href="../../files/ab/demo_pkg-1.0-py3-none-any.whl#sha256=aaaa" data-requires-python="&gt;=3.9"
   data-dist-info-metadata="sha256=bbbb">demo_pkg-1.0-py3-none-any.whl</a>
<a href="https://files.example/demo_pkg-0.9-py3-none-any.whl#sha256=cccc" data-yanked="broken">x</a>
<a href="https://files.example/demo-pkg-1.0.tar.gz#sha256=dddd">sdist</a>
<a href="https://files.example/other-1.0-py3-none-any.whl">another project</a>
</body></html>"""


def test_html_pages_are_read_like_json_ones():
    wheels = _wheels_of("demo-pkg", "https://index.example/simple/demo-pkg/", _decode_page(HTML_PAGE))
    assert [(str(w.version), w.url, w.sha256, w.requires_python, w.yanked, w.metadata_sha256) for w in wheels] == [
        ("1.0", "https://index.example/files/ab/demo_pkg-1.0-py3-none-any.whl", "aaaa", ">=3.9", False, "bbbb"),
        ("0.9", "https://files.example/demo_pkg-0.9-py3-none-any.whl", "cccc", None, True, None),
    ]


def test_pep_658_metadata_is_used_when_the_index_offers_it(local_index, tmp_path: Path):
    wheel = local_index.add("metademo", "1.0", requires=["from-wheel"])
    metadata = b"Metadata-Version: 2.1\nName: metademo\nVersion: 1.0\nRequires-Dist: from-metadata-file\n"
    (wheel.parent / (wheel.name + ".metadata")).write_bytes(metadata)
    page = local_index.folder / "simple" / "metademo" / "index.html"
    data = json.loads(page.read_text())
    data["files"][0]["core-metadata"] = {"sha256": hashlib.sha256(metadata).hexdigest()}
    page.write_text(json.dumps(data))
    client = PyPIClient(local_index.url)
    [found] = client.wheels("metademo")
    assert [r.name for r in client.metadata(found).requires_dist] == ["from-metadata-file"]
    assert not list((Path(__import__("os").environ["APPWASM_CACHE_DIR"]) / "downloads").rglob("*.whl")), \
        "the wheel itself was not downloaded"


def test_a_wheels_modules_come_from_top_level_txt_or_its_files(tmp_path: Path):
    listed = make_wheel(tmp_path, "listed", "1.0", modules={"a/__init__.py": "", "b.py": ""}, top_level=["a", "b"])
    assert wheel_top_level(listed) == ["a", "b"]
    (tmp_path / "unlisted").mkdir()
    unlisted = make_wheel(tmp_path / "unlisted", "unlisted", "1.0",
                          modules={"pkg/__init__.py": "", "pkg/sub/x.py": "", "single.py": "", "ns/part/y.py": ""})
    assert wheel_top_level(unlisted) == ["ns", "pkg", "single"]


def test_wheels_an_index_lists_without_sha256_keep_their_own_metadata(local_index):
    local_index.add("nohash-alpha", "1.0", requires=["dep-of-alpha"])
    local_index.add("nohash-beta", "1.0", requires=["dep-of-beta"])
    for name in ("nohash-alpha", "nohash-beta"):  # an index that gives no hashes
        page = local_index.folder / "simple" / name / "index.html"
        data = json.loads(page.read_text())
        data["files"][0]["hashes"] = {}
        page.write_text(json.dumps(data))
    [alpha] = PyPIClient(local_index.url).wheels("nohash-alpha")
    [beta] = PyPIClient(local_index.url).wheels("nohash-beta")
    assert alpha.sha256 == beta.sha256 == ""
    for client in (PyPIClient(local_index.url), PyPIClient(local_index.url)):  # the second reads the disk cache
        assert [r.name for r in client.metadata(alpha).requires_dist] == ["dep-of-alpha"]
        assert [r.name for r in client.metadata(beta).requires_dist] == ["dep-of-beta"]
