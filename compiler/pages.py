"""Deep links into multipage apps, on any static host.

A page of a multipage app lives at <site>/<page>, e.g. https://user.github.io/repo/analysis.
A static host has no route for that path, so the build writes:
- a copy of index.html at <page>/index.html for every page it can see in the source (the
  pages/ folder, and st.Page(...) calls with literal arguments): hosts serve it for
  /<page> and /<page>/ (GitHub Pages redirects the first to the second);
- the same page as 404.html, which GitHub Pages, Netlify, Cloudflare Pages and others serve
  for any unknown path, for pages only known when the app runs.
These copies start with a small script that sets the document's <base> to the site root (the
URL minus its last path segment), so their relative asset URLs work at any depth and under
any subpath; the renderer then reads the page from the URL and the app shows it. They carry
no prerendered first screen: that is the default page's, and a deep link must not flash it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from appwasm.navigation.pages import page_icon_and_name
from appwasm_compiler.app_source import AppSource

NOT_FOUND_PAGE = "404.html"

# Runs before any relative URL of the page is resolved: <base href> = the URL's folder, one
# level up from the page segment ("/repo/analysis" and "/repo/analysis/" both give "/repo/").
BASE_SCRIPT = (
    "<script>(function(){var p=location.pathname.replace(/\\/+$/,\"\");"
    "var b=document.createElement(\"base\");b.href=p.slice(0,p.lastIndexOf(\"/\")+1)||\"/\";"
    "document.head.appendChild(b);})();</script>"
)

_SITE_NAMES = {"assets", "pyodide", "app", "index.html", NOT_FOUND_PAGE}


def _literal(node: ast.AST | None) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _page_call_url(call: ast.Call) -> str | None:
    """The URL path of an st.Page(...) call, when its arguments make it known statically."""
    keywords = {k.arg: k.value for k in call.keywords if k.arg}
    if _literal(keywords.get("default")) is True:
        return None
    if "url_path" in keywords:
        url = _literal(keywords["url_path"])
        return url.strip("/") if isinstance(url, str) else None
    target = call.args[0] if call.args else keywords.get("page")
    if isinstance(target, ast.Constant) and isinstance(target.value, str):
        return page_icon_and_name(Path(target.value))[1]
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        return target.attr
    return None


def _st_page_paths(source: AppSource) -> list[str]:
    found: list[str] = []
    for relative in source.files:
        if not relative.endswith(".py"):
            continue
        try:
            tree = ast.parse((source.root / relative).read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "Page":
                url = _page_call_url(node)
                if url:
                    found.append(url)
    return found


def static_page_paths(source: AppSource) -> list[str]:
    """The page URL paths the source shows: pages/*.py (v1) and literal st.Page(...) calls."""
    paths = [page_icon_and_name(Path(f))[1] for f in source.files
             if re.fullmatch(r"pages/[^/]+\.py", f) and not Path(f).name.startswith((".", "__init__"))]
    paths += _st_page_paths(source)
    seen: list[str] = []
    for path in paths:
        if path and "/" not in path and "\\" not in path and path not in _SITE_NAMES and path not in seen \
                and path not in (".", ".."):
            seen.append(path)
    return seen


# The build's prerender of the default page (compiler/prerender.py); its JSON cannot contain
# "</script>" (site_writer.script_json escapes "<").
_PRERENDER = re.compile(r'\s*<script type="application/json" id="appwasm-prerender">.*?</script>', re.DOTALL)


def with_base_script(index_html: str) -> str:
    """index.html with the <base> script first in <head> (after the charset declaration),
    without the default page's prerendered first screen."""
    index_html = _PRERENDER.sub("", index_html)
    charset = re.search(r"<meta\s+charset=[^>]*>", index_html, re.IGNORECASE)
    head = charset or re.search(r"<head[^>]*>", index_html, re.IGNORECASE)
    if head is None:
        raise ValueError("index.html has no <head>")
    return index_html[:head.end()] + "\n" + BASE_SCRIPT + index_html[head.end():]


def write_page_entries(site: Path, source: AppSource) -> list[str]:
    """Write <page>/index.html for each page known at build time, and 404.html; return the pages."""
    page_html = with_base_script((site / "index.html").read_text(encoding="utf-8"))
    paths = static_page_paths(source)
    for path in paths:
        folder = site / path
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(page_html, encoding="utf-8")
    (site / NOT_FOUND_PAGE).write_text(page_html, encoding="utf-8")
    return paths
