"""Glob patterns for the app's files (`--include` / `--exclude`, [tool.appwasm] in pyproject.toml).

Patterns are matched against paths relative to the app's folder, with "/" separators:
`*` matches within one path segment, `**` any number of segments, `?` one character. A
pattern without "/" matches a name at any depth (`*.ipynb`); a pattern that names a folder
matches everything under it (`data/raw`, `data/raw/`).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from appwasm_compiler.errors import BuildError


class InvalidConfig(BuildError):
    pass


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    pattern = pattern.strip().removeprefix("./")
    anchored = "/" in pattern.rstrip("/")
    body = pattern.strip("/")
    out = []
    i = 0
    while i < len(body):
        if body.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif body.startswith("**", i):
            out.append(".*")
            i += 2
        elif body[i] == "*":
            out.append("[^/]*")
            i += 1
        elif body[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(body[i]))
            i += 1
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"^{prefix}{''.join(out)}(?:/.*)?$")


def matches(pattern: str, relative: str) -> bool:
    """Whether the app-relative path `relative` (a file or a folder) matches `pattern`."""
    return bool(_compile(pattern).match(relative))


def matches_any(patterns: tuple[str, ...] | list[str], relative: str) -> bool:
    return any(matches(p, relative) for p in patterns)


@dataclass(frozen=True)
class FileRules:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass
class ProjectConfig:
    """[tool.appwasm] of the app folder's pyproject.toml."""

    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    entry: str | None = None


def read_project_config(root: Path) -> ProjectConfig:
    path = root / "pyproject.toml"
    if not path.is_file():
        return ProjectConfig()
    try:
        section = tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {}).get("appwasm", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidConfig(f"{path} is not valid TOML ({exc})") from None
    config = ProjectConfig()
    for key in ("include", "exclude"):
        value = section.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InvalidConfig(f"{path}: [tool.appwasm] {key} must be a list of glob patterns")
        setattr(config, key, list(value))
    if "entry" in section:
        config.entry = str(section["entry"])
    unknown = set(section) - {"include", "exclude", "entry"}
    if unknown:
        raise InvalidConfig(f"{path}: unknown [tool.appwasm] key(s): {', '.join(sorted(unknown))}",
                            "the keys are include, exclude and entry")
    return config
