"""The packages an app declares: PEP 723 inline metadata, requirements files, pyproject.toml.

Each requirement remembers where it was written ("requirements.txt:3"), so a conflict or an
unavailable package names the line that asked for it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from appwasm_compiler.errors import BuildError

# PEP 723's reference regular expression.
_SCRIPT_BLOCK = re.compile(r"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$")
REQUIREMENTS_FILE = "requirements.txt"


class InvalidRequirements(BuildError):
    pass


@dataclass(frozen=True)
class DeclaredRequirement:
    requirement: Requirement
    origin: str  # "requirements.txt:3", "app.py (PEP 723)"

    @property
    def name(self) -> str:
        return canonicalize_name(self.requirement.name)

    def __str__(self) -> str:
        return str(self.requirement)


@dataclass
class Declared:
    requirements: list[DeclaredRequirement]
    requires_python: list[tuple[str, str]]  # (specifier, origin)
    files: list[str]  # the files read, for the report and the lock's inputs


def _parse(text: str, origin: str) -> DeclaredRequirement:
    try:
        requirement = Requirement(text)
    except InvalidRequirement as exc:
        raise InvalidRequirements(f"{origin}: '{text}' is not a valid requirement ({exc})",
                                  "write requirements as in pip, e.g. `humanize>=4` or `pyyaml==6.0.2`") from None
    if requirement.url:
        raise InvalidRequirements(
            f"{origin}: '{text}' is a direct URL requirement, which appwasm does not resolve",
            "name a released version from PyPI instead (e.g. `name==1.2.3`)",
        )
    return DeclaredRequirement(requirement, origin)


def script_metadata(path: Path) -> dict | None:
    """The TOML of a PEP 723 `# /// script` block, or None."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    blocks = [m for m in _SCRIPT_BLOCK.finditer(text) if m.group("type") == "script"]
    if not blocks:
        return None
    if len(blocks) > 1:
        raise InvalidRequirements(f"{path.name}: more than one `# /// script` block", "PEP 723 allows one per file")
    content = "".join(line[2:] if line.startswith("# ") else line[1:]
                      for line in blocks[0].group("content").splitlines(keepends=True))
    try:
        return tomllib.loads(content)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidRequirements(f"{path.name}: the `# /// script` block is not valid TOML ({exc})") from None


def requirements_file(path: Path, *, display: str, seen: set[Path] | None = None) -> list[DeclaredRequirement]:
    """Requirements of a pip requirements file (with `-r` includes); options are refused clearly."""
    seen = seen if seen is not None else set()
    resolved = path.resolve()
    if resolved in seen:
        return []
    seen.add(resolved)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidRequirements(f"cannot read requirements file {display}: {exc}") from None
    found: list[DeclaredRequirement] = []
    pending = ""
    start = 0
    for number, raw in enumerate(lines, 1):
        line = re.sub(r"(^|\s)#.*$", "", raw).rstrip()
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = (pending + line).strip()
        pending = ""
        if not line:
            continue
        origin = f"{display}:{start}"
        if line.startswith(("-r ", "--requirement ", "--requirement=", "-r")) and not line.startswith("-r-"):
            target = re.sub(r"^(-r|--requirement)[=\s]*", "", line).strip()
            included = path.parent / target
            found.extend(requirements_file(included, display=f"{Path(display).parent / target}", seen=seen))
            continue
        if line.startswith("-"):
            option = line.split()[0]
            raise InvalidRequirements(
                f"{origin}: the option '{option}' is not supported in requirements for the browser",
                "list plain requirements (name and version specifiers); packages come from Pyodide and PyPI",
            )
        # Hash options after a requirement belong to pip's --require-hashes; the lock pins hashes.
        line = re.sub(r"\s+--hash[=\s]\S+", "", line)
        found.append(_parse(line, origin))
    return found


def declared_requirements(root: Path, entry: str, *, extra_files: tuple[str, ...] = (),
                          scripts: tuple[str, ...] = ()) -> Declared:
    """Everything the app declares: the PEP 723 blocks of the entry script and of its other
    `scripts` (pages), requirements.txt beside the app, pyproject.toml's
    [project].dependencies, and each `--requirement FILE`."""
    declared = Declared([], [], [])
    for script in dict.fromkeys((entry, *scripts)):  # the entry first, each once
        metadata = script_metadata(root / script)
        if metadata is None:
            continue
        origin = f"{script} (PEP 723)"
        dependencies = metadata.get("dependencies", [])
        if not isinstance(dependencies, list):
            raise InvalidRequirements(f"{origin}: `dependencies` must be a list of strings")
        declared.requirements.extend(_parse(str(d), origin) for d in dependencies)
        if metadata.get("requires-python"):
            declared.requires_python.append((str(metadata["requires-python"]), origin))
        declared.files.append(script)
    beside = root / REQUIREMENTS_FILE
    if beside.is_file():
        declared.requirements.extend(requirements_file(beside, display=REQUIREMENTS_FILE))
        declared.files.append(REQUIREMENTS_FILE)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InvalidRequirements(f"pyproject.toml is not valid TOML ({exc})") from None
        if project.get("dependencies"):
            declared.requirements.extend(_parse(str(d), "pyproject.toml") for d in project["dependencies"])
            declared.files.append("pyproject.toml")
        if project.get("requires-python"):
            declared.requires_python.append((str(project["requires-python"]), "pyproject.toml"))
    for name in extra_files:
        path = Path(name).expanduser()
        if not path.is_file():
            raise InvalidRequirements(f"--requirement {name}: no such file")
        declared.requirements.extend(requirements_file(path, display=name))
        declared.files.append(str(path.resolve()))
    return declared
