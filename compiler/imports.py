"""What the app imports, found by reading its source (never by running it)."""

from __future__ import annotations

import ast
import sys
from collections.abc import Container
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
    # Not an import statement: a use of the API that needs this module (e.g. "st.line_chart").
    implied_by: str | None = None


@dataclass
class ImportScan:
    """Top-level modules the app imports, by where they come from."""

    third_party: dict[str, list[ImportSite]] = field(default_factory=dict)
    local: set[str] = field(default_factory=set)
    # Imported, in the host's standard library, but not in the site's Python's (e.g. cgi on 3.13+).
    not_in_target_stdlib: set[str] = field(default_factory=set)
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


# st commands whose implementation needs pandas in the browser even when the app never imports
# it (Streamlit always has pandas; a site only has what it ships).
_COMMANDS_NEEDING_PANDAS = {"line_chart", "area_chart", "bar_chart", "scatter_chart", "map"}


def _implied_imports(tree: ast.AST) -> list[tuple[str, str, int]]:
    """(module, why, line) for packages the app needs without importing them."""
    implied = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in _COMMANDS_NEEDING_PANDAS:
            implied.append(("pandas", f"st.{node.func.attr}", node.lineno))
        elif isinstance(node, ast.Attribute) and node.attr == "style" and isinstance(node.ctx, ast.Load):
            # A pandas Styler (df.style) renders through jinja2, which pandas imports lazily.
            implied.append(("jinja2", "a pandas Styler (.style)", node.lineno))
    return implied


def scan_imports(source: AppSource, stdlib: Container[str] = sys.stdlib_module_names) -> ImportScan:
    """Third-party imports of every .py file of the app; `stdlib` is the standard library of the
    Python the site runs (compiler/target_stdlib.py), which may differ from the host's."""
    scan = ImportScan(local=_local_modules(source))
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
                if top in sys.stdlib_module_names:
                    scan.not_in_target_stdlib.add(top)
        for module, why, line in _implied_imports(tree):
            if module not in scan.third_party or all(site.implied_by for site in scan.third_party[module]):
                scan.third_party.setdefault(module, []).append(ImportSite(module, relative, line, implied_by=why))
    # jinja2 only matters with pandas (a `.style` elsewhere is something else).
    jinja = scan.third_party.get("jinja2")
    if jinja and "pandas" not in scan.third_party and all(site.implied_by for site in jinja):
        del scan.third_party["jinja2"]
    return scan


def implied_notes(scan: ImportScan) -> list[str]:
    """One line per package included because the app uses something that needs it."""
    notes = []
    for module, sites in sorted(scan.third_party.items()):
        if sites and all(site.implied_by for site in sites):
            first = sites[0]
            notes.append(f"{module} included: {first.implied_by} ({first.file}:{first.line}) needs it in the browser")
    return notes


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
