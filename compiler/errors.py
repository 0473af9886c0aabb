"""Build errors: one clear line naming the file or package, a hint, exit code 2."""

from __future__ import annotations

import click


class BuildError(click.ClickException):
    """An error the user can fix. `hint` says how; the CLI prints both and exits with 2."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def format_message(self) -> str:
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message


class AppNotFound(BuildError):
    pass


class OutputNotWritable(BuildError):
    pass


class PyodideUnavailable(BuildError):
    pass


class PackageUnavailable(BuildError):
    pass
