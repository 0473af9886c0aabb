"""What the app imports, found by reading its source (never by running it)."""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

from appwasm_compiler.app_source import AppSource

# Provided by the runtime itself.
_PROVIDED = {"streamlit", "appwasm"}
# In the browser these come with Pyodide's Python, though not in sys.stdlib_module_names.
_PYODIDE_BUILTINS = {"pyodide", "js", "pyodide_js", "_pyodide"}


@dataclass(frozen=True)
class ImportSite:
    module: str
    file: str
    line: int


@dataclass
class ImportScan:
    """Top-level modules the app imports, by where they come from."""

    third_party: dict[str, list[ImportSite]] = field(default_factory=dict)
    local: set[str] = field(default_factory=set)
    unparsable: list[tuple[str, int, str]] = field(default_factory=list)


def _local_modules(source: AppSource) -> set[str]:
    names = set()
    for relative in source.files:
        parts = Path(relative).parts
        if len(parts) == 1 and relative.endswith(".py"):
            names.add(relative[:-3])
        elif len(parts) > 1:
            names.add(parts[0])
    return names


def scan_imports(source: AppSource) -> ImportScan:
    scan = ImportScan(local=_local_modules(source))
    stdlib = set(sys.stdlib_module_names)
    for relative in source.files:
        if not relative.endswith(".py"):
            continue
        path = source.root / relative
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            scan.unparsable.append((relative, exc.lineno or 0, exc.msg))
            continue
        except (UnicodeDecodeError, OSError) as exc:
            scan.unparsable.append((relative, 0, str(exc)))
            continue
        for node in ast.walk(tree):
            modules: list[str] = []
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            for module in modules:
                top = module.split(".")[0]
                if top in stdlib or top in _PROVIDED or top in _PYODIDE_BUILTINS or top in scan.local:
                    continue
                scan.third_party.setdefault(top, []).append(ImportSite(module, relative, node.lineno))
    return scan


def static_page_config(source: AppSource) -> dict[str, str]:
    """page_title / page_icon passed as literals to st.set_page_config in the entry script,
    so the page has the app's title before Python even starts."""
    try:
        tree = ast.parse(source.entry_path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, OSError):
        return {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "set_page_config":
            found = {}
            for keyword in node.keywords:
                if keyword.arg in ("page_title", "page_icon", "layout") and isinstance(keyword.value, ast.Constant) \
                        and isinstance(keyword.value.value, str):
                    found[keyword.arg] = keyword.value.value
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.setdefault("page_title", node.args[0].value)
            return found
    return {}
