"""Test doubles for dependency resolution: an in-memory index and real wheel files."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from appwasm_compiler.pypi import ProjectNotFound, WheelFile, WheelMetadata


class MemoryIndex:
    """projects: {name: {version: [requires_dist...]}} or {version: {"requires": [...], "tag": ..., ...}}."""

    def __init__(self, projects: dict[str, dict[str, object]]) -> None:
        self.projects = {canonicalize_name(k): v for k, v in projects.items()}
        self.metadata_calls: list[str] = []

    def wheels(self, name: str) -> list[WheelFile]:
        key = canonicalize_name(name)
        if key not in self.projects:
            raise ProjectNotFound(f"'{name}' is not a project")
        found = []
        for version, spec in self.projects[key].items():
            spec = spec if isinstance(spec, dict) else {"requires": spec}
            tag = spec.get("tag", "py3-none-any")
            if tag is None:
                continue  # sdist only
            found.append(WheelFile(name=key, version=Version(version),
                                   file_name=f"{key.replace('-', '_')}-{version}-{tag}.whl",
                                   url=f"https://example.invalid/{key}-{version}.whl", sha256=f"{key}-{version}",
                                   requires_python=spec.get("requires_python"), yanked=bool(spec.get("yanked"))))
        return found

    def metadata(self, wheel: WheelFile) -> WheelMetadata:
        self.metadata_calls.append(f"{wheel.name}=={wheel.version}")
        spec = self.projects[wheel.name][str(wheel.version)]
        spec = spec if isinstance(spec, dict) else {"requires": spec}
        return WheelMetadata(tuple(Requirement(r) for r in spec.get("requires", [])), spec.get("requires_python"))


def make_wheel(path: Path, name: str, version: str, *, modules: dict[str, str], requires: list[str] = (),
               top_level: list[str] | None = None) -> Path:
    """A real, installable pure-Python wheel (with METADATA, WHEEL and RECORD)."""
    dist = f"{name.replace('-', '_')}-{version}.dist-info"
    files = dict(modules)
    files[f"{dist}/METADATA"] = "Metadata-Version: 2.1\nName: {}\nVersion: {}\n{}".format(
        name, version, "".join(f"Requires-Dist: {r}\n" for r in requires))
    files[f"{dist}/WHEEL"] = "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    if top_level is not None:
        files[f"{dist}/top_level.txt"] = "\n".join(top_level) + "\n"
    record = []
    for file_name, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
        record.append(f"{file_name},sha256={digest},{len(text.encode())}")
    files[f"{dist}/RECORD"] = "\n".join(record + [f"{dist}/RECORD,,"]) + "\n"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for file_name, text in files.items():
            archive.writestr(file_name, text)
    target = path / f"{name.replace('-', '_')}-{version}-py3-none-any.whl"
    target.write_bytes(buffer.getvalue())
    return target


class LocalIndex:
    """A PEP 691 simple index with real wheels, served over HTTP on 127.0.0.1 (stopped by the fixture)."""

    def __init__(self, folder: Path) -> None:
        import functools
        import http.server
        import threading

        self.folder = folder
        (folder / "simple").mkdir(parents=True, exist_ok=True)
        (folder / "files").mkdir(exist_ok=True)
        quiet = type("Quiet", (http.server.SimpleHTTPRequestHandler,), {"log_message": lambda *args: None})
        handler = functools.partial(quiet, directory=str(folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/simple/"
        self.projects: dict[str, list[dict]] = {}

    def add(self, name: str, version: str, *, modules: dict[str, str] | None = None, requires: list[str] = (),
            top_level: list[str] | None = None, file_tag: str | None = None) -> Path:
        """Publish a wheel (pure Python unless `file_tag` renames it for another platform)."""
        module = name.replace("-", "_")
        wheel = make_wheel(self.folder / "files", name, version, modules=modules or {f"{module}/__init__.py": f"VERSION = {version!r}\n"},
                           requires=list(requires), top_level=top_level)
        if file_tag:
            renamed = wheel.with_name(f"{module}-{version}-{file_tag}.whl")
            wheel.rename(renamed)
            wheel = renamed
        data = wheel.read_bytes()
        key = canonicalize_name(name)
        self.projects.setdefault(key, []).append({
            "filename": wheel.name, "url": f"../../files/{wheel.name}", "hashes": {"sha256": hashlib.sha256(data).hexdigest()},
            "requires-python": None, "yanked": False, "size": len(data),
        })
        page = self.folder / "simple" / key
        page.mkdir(exist_ok=True)
        # The server picks index.html for a folder URL; JSON content is what PEP 691 clients read.
        (page / "index.html").write_text(__import__("json").dumps({"meta": {"api-version": "1.1"}, "name": key,
                                                                    "files": self.projects[key]}))
        return wheel

    def add_sdist_only(self, name: str, version: str) -> None:
        key = canonicalize_name(name)
        (self.folder / "files" / f"{key}-{version}.tar.gz").write_bytes(b"")
        self.projects.setdefault(key, []).append({"filename": f"{key}-{version}.tar.gz",
                                                  "url": f"../../files/{key}-{version}.tar.gz", "hashes": {}})
        page = self.folder / "simple" / key
        page.mkdir(exist_ok=True)
        (page / "index.html").write_text(__import__("json").dumps({"files": self.projects[key]}))

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
