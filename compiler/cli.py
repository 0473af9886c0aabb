"""The `appwasm` command: a thin click layer over the build and serve functions."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from appwasm._version import __version__
from appwasm_compiler.pypi import DEFAULT_INDEX_URL


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="appwasm")
def main() -> None:
    """Compile Streamlit apps into static websites that run Python in the browser."""


@main.command()
@click.argument("app", type=str)
@click.option("-o", "--out", default="site", show_default=True, help="Folder to write the site into.")
@click.option("--entry", default=None, help="The script to run when APP is a folder (default: app.py).")
@click.option("-r", "--requirement", "requirements", multiple=True, metavar="FILE",
              help="Also install the packages listed in this requirements file (repeatable).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Ship files matching this pattern too, e.g. 'data/*.csv' (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out files matching this pattern, e.g. 'notebooks/' or '*.ipynb' (repeatable).")
@click.option("--locked", is_flag=True, help="Fail if appwasm.lock is missing or out of date instead of updating it.")
@click.option("--upgrade", is_flag=True, help="Resolve again to the newest versions, ignoring appwasm.lock's pins.")
@click.option("--no-lock", "no_lock", is_flag=True, help="Neither read nor write appwasm.lock.")
@click.option("--offline", is_flag=True, help="Use only the download cache (packages, metadata, Pyodide).")
@click.option("--index-url", default=DEFAULT_INDEX_URL, show_default=True, metavar="URL", envvar="APPWASM_INDEX_URL",
              help="The package index (PEP 503/691 simple API) for packages that Pyodide does not ship.")
@click.option("--pyodide-dist", metavar="PATH|URL", default=None,
              help="A local or mirrored Pyodide distribution (core files, pyodide-lock.json, wheels) "
                   "instead of the pinned default.")
@click.option("--title", default=None, help="The page title (default: st.set_page_config's, or the app's name).")
@click.option("--interrupt", type=click.Choice(["auto", "jspi", "shared_memory", "none"]), default="auto",
              show_default=True, hidden=True,
              help="How a new event stops a running script (for benchmarks and tests).")
@click.option("--prerender/--no-prerender", default=True, show_default=True,
              help="Run the app once at build time (with this Python) so the page shows its first screen at once.")
@click.option("--snapshot/--no-snapshot", default=True, show_default=True,
              help="Let repeat visits restore a memory snapshot of the started interpreter (much faster start).")
def build(app: str, out: str, entry: str | None, requirements: tuple[str, ...], include: tuple[str, ...],
          exclude: tuple[str, ...], locked: bool, upgrade: bool, no_lock: bool, offline: bool, index_url: str,
          pyodide_dist: str | None, title: str | None, interrupt: str, prerender: bool, snapshot: bool) -> None:
    """Build the static site for APP (a .py script, or a folder with app.py).

    Packages are resolved at build time from the app's PEP 723 block, requirements.txt,
    pyproject.toml, -r files and imports: Pyodide's own packages first, pure-Python wheels
    from the package index otherwise. The result is pinned in appwasm.lock beside the app."""
    from appwasm_compiler.build import build as run_build
    from appwasm_compiler.report import BuildReport

    if locked and (upgrade or no_lock):
        raise click.UsageError("--locked cannot be combined with --upgrade or --no-lock")
    report = BuildReport()
    with report.downloads():
        result = run_build(app, out=out, pyodide_dist=pyodide_dist, entry=entry, offline=offline, title=title,
                           interrupt=interrupt, requirements=requirements, include=include, exclude=exclude,
                           locked=locked, upgrade=upgrade, use_lock=not no_lock, index_url=index_url,
                           prerender=prerender, snapshot=snapshot)
    report.warnings(result.warnings, result.notes)
    report.summary(result, _shell_path(result.out))


@main.command()
@click.argument("site", type=click.Path(file_okay=False, path_type=Path), default="site")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port (0 picks a free one).")
@click.option("--base", default="/", show_default=True, help="Serve the site under this URL path, e.g. /myapp/.")
@click.option("--isolate/--no-isolate", default=True, show_default=True,
              help="Send cross-origin isolation headers (enables SharedArrayBuffer).")
@click.option("--quiet", is_flag=True, help="Do not log requests.")
def serve(site: Path, host: str, port: int, base: str, isolate: bool, quiet: bool) -> None:
    """Serve a built SITE folder over HTTP for local testing."""
    from appwasm_compiler.serve import serve as run_serve

    if not (site / "index.html").is_file():
        raise click.ClickException(f"'{site}' is not a built site (no index.html); run `appwasm build` first")
    run_serve(site.resolve(), host=host, port=port, base=base, isolate=isolate, quiet=quiet)


def _shell_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
