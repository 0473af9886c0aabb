"""`appwasm serve`: a static file server for a built site, on the loopback interface.

Any static host serves an appwasm site; this one exists for development and tests. It adds
what a good host adds: correct MIME types for .wasm/.mjs, revalidation headers, and (unless
told not to) the cross-origin isolation headers that let the page use SharedArrayBuffer.
It can serve the site under a subpath (--base /myapp/) to check subpath hosting.
"""

from __future__ import annotations

import functools
import http.server
import os
import socketserver
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

MIME_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".css": "text/css",
    ".svg": "image/svg+xml",
}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    base = "/"
    isolate = True
    quiet = False

    def __init__(self, *args: object, directory: str, **kwargs: object) -> None:
        self.extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}
        super().__init__(*args, directory=directory, **kwargs)  # type: ignore[arg-type]

    def translate_path(self, path: str) -> str:
        raw = unquote(urlsplit(path).path)
        if not raw.startswith(self.base):
            return os.path.join(self.directory, ".appwasm-outside-base")  # does not exist: 404
        return super().translate_path("/" + raw[len(self.base):])

    def do_GET(self) -> None:
        if self.path.split("?")[0] + "/" == self.base:
            self.send_response(301)
            self.send_header("Location", self.base)
            self.end_headers()
            return
        super().do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Like GitHub Pages, Netlify and others: a missing path gets the site's 404.html
        # (with status 404), which lets deep links into multipage apps load the app.
        fallback = Path(self.directory) / "404.html"
        if code == 404 and self.command in ("GET", "HEAD") and fallback.is_file():
            body = fallback.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command == "GET":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def end_headers(self) -> None:
        # Revalidate every time (ETag/Last-Modified make that cheap): a rebuilt site shows at once.
        self.send_header("Cache-Control", "no-cache")
        if self.isolate:
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "credentialless")
            self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        if not self.quiet:
            sys.stderr.write("%s - %s\n" % (self.address_string(), format % args))


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(site: Path, *, host: str = "127.0.0.1", port: int = 8000, base: str = "/",
                isolate: bool = True, quiet: bool = False) -> _Server:
    base = "/" + base.strip("/") + "/" if base.strip("/") else "/"
    handler = type("Handler", (SiteHandler,), {"base": base, "isolate": isolate, "quiet": quiet})
    return _Server((host, port), functools.partial(handler, directory=str(site)))


def serve(site: Path, *, host: str, port: int, base: str, isolate: bool, quiet: bool) -> None:
    server = make_server(site, host=host, port=port, base=base, isolate=isolate, quiet=quiet)
    actual_host, actual_port = server.server_address[:2]
    prefix = "/" + base.strip("/") + "/" if base.strip("/") else "/"
    print(f"Serving {site} at http://{actual_host}:{actual_port}{prefix}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
