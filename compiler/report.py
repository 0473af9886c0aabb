"""What `appwasm build` shows: download progress while it runs, a summary table at the end.

On a terminal this uses rich (progress bars that vanish when done, then a table). When the
output is not a terminal (CI logs, pipes) it stays quiet: no progress, and plain lines.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn
from rich.table import Table

from appwasm_compiler.downloads import observe_downloads
from appwasm_compiler.site_sizes import human_bytes

if TYPE_CHECKING:
    from appwasm_compiler.build import BuildResult


class _ProgressObserver:
    """A DownloadObserver that shows each download as a rich progress bar."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress

    def started(self, url: str, what: str, total: int | None) -> object:
        label = what if len(what) <= 44 else what[:41] + "..."
        return self.progress.add_task(label, total=total)

    def advanced(self, token: object, received: int) -> None:
        self.progress.advance(token, received)  # type: ignore[arg-type]

    def finished(self, token: object) -> None:
        self.progress.remove_task(token)  # type: ignore[arg-type]


class BuildReport:
    """Progress and summary for one build, on `console` (stderr for progress, stdout for results)."""

    def __init__(self, *, console: Console | None = None, err_console: Console | None = None) -> None:
        self.console = console or Console()
        self.err_console = err_console or Console(stderr=True)

    @property
    def interactive(self) -> bool:
        return self.err_console.is_terminal

    @contextlib.contextmanager
    def downloads(self) -> Iterator[None]:
        if not self.interactive:
            yield
            return
        progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), DownloadColumn(),
                            TransferSpeedColumn(), console=self.err_console, transient=True)
        with progress, observe_downloads(_ProgressObserver(progress)):
            yield

    def warnings(self, warnings: Sequence[str], notes: Sequence[str] = ()) -> None:
        # The messages quote the app (requirements like `x[extra]`): escaped, never read as markup.
        for note in notes:
            self.err_console.print(f"[dim]note:[/dim] {escape(note)}", highlight=False, soft_wrap=True)
        for warning in warnings:
            self.err_console.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False, soft_wrap=True)

    def summary(self, result: BuildResult, serve_path: str) -> None:
        if self.console.is_terminal:
            self.console.print(self._table(result))
            self.console.print(self._totals(result), highlight=False)
        else:
            packages = ", ".join(f"{p['name']} {p['version']}" for p in result.packages)
            self.console.print(
                f"Built {result.out} in {result.seconds:.1f}s: Pyodide {result.pyodide_version}; packages: {packages}; "
                f"{len(result.app_files)} app file(s); {result.total_bytes / 1e6:.1f} MB "
                f"({result.gzip_bytes / 1e6:.1f} MB gzip)", highlight=False, soft_wrap=True)
        if result.lock_status not in ("", "none"):
            self.console.print(f"Lock: {result.lock_path} ({result.lock_status})", highlight=False, soft_wrap=True)
        self.console.print(f"Serve it with: appwasm serve {serve_path}", highlight=False, soft_wrap=True)

    def _table(self, result: BuildResult) -> Table:
        table = Table(title=f"appwasm site: {result.out}", title_justify="left", show_edge=False, pad_edge=False)
        table.add_column("Package")
        table.add_column("Version")
        table.add_column("Source")
        table.add_column("Size", justify="right")
        for package in result.packages:
            table.add_row(escape(package["name"]), package["version"], _source_label(package, result.pyodide_version),
                          human_bytes(package["bytes"]))
        table.add_section()
        table.add_row(f"app files ({len(result.app_files)})", "", "app/app.zip", human_bytes(result.app_bytes))
        table.add_row("Pyodide core", result.pyodide_version, "pyodide/", human_bytes(result.core_bytes))
        return table

    def _totals(self, result: BuildResult) -> str:
        return (f"[bold]Total[/bold] {human_bytes(result.total_bytes)} ({human_bytes(result.gzip_bytes)} gzip), "
                f"built in {result.seconds:.1f}s")


def _source_label(package: dict[str, Any], pyodide_version: str) -> str:
    source = package.get("source", "")
    if source == "pyodide":
        return f"Pyodide {pyodide_version}"
    if source == "pypi":
        return "PyPI (vendored)"
    return "appwasm runtime"
