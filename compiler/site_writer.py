"""Write the static site into a folder: page, shell assets, Pyodide, packages, app files."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import jinja2

from appwasm.protocol import BootConfig
from appwasm_compiler.app_source import AppSource
from appwasm_compiler.resources import shell_dir, templates_dir

PYODIDE_DIR = "pyodide/"
ASSETS_DIR = "assets/"
APP_ARCHIVE = "app/app.zip"
# Where the app's files live in the worker's file system.
APP_ROOT = "/home/pyodide/app"
_FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def script_json(value: Any) -> str:
    """JSON safe to embed in <script type="application/json"> (no `</script>` breakout)."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_app_archive(source: AppSource, dest: Path) -> int:
    """Zip the app's files (deterministic order and timestamps); returns the zip's size."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative in sorted(source.files):
            info = zipfile.ZipInfo(relative, date_time=_FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (source.root / relative).read_bytes())
    return dest.stat().st_size


def copy_shell(site: Path) -> None:
    source = shell_dir()
    target = site / ASSETS_DIR
    # Source maps stay out of the site: they double its size and only help appwasm's developers.
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.map", "bundle-sizes.json"))


def render_templates(site: Path, *, config: BootConfig, prerender: list[dict[str, Any]] | None = None,
                     lang: str = "en") -> None:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    page = env.get_template("index.html.j2").render(
        title=config["title"],
        lang=lang,
        boot_json=jinja2.utils.markupsafe.Markup(script_json(config)),
        prerender_json=jinja2.utils.markupsafe.Markup(script_json({"messages": prerender})) if prerender else None,
        pyodide_dir=config["pyodide_dir"],
        appwasm_version=config["appwasm_version"],
    )
    (site / "index.html").write_text(page, encoding="utf-8")
