"""Write docs/COMPATIBILITY.md: every public name of Streamlit 1.40 and its status in appwasm.

    python benchmarks/compat/api_status.py            # rewrite docs/COMPATIBILITY.md
    python benchmarks/compat/api_status.py --check    # exit 1 if the file is stale
    python benchmarks/compat/api_status.py --import-api-md ../shared/STREAMLIT_API.md

The names, groups and parameter names come from streamlit_api.json beside this script (made
from the project's STREAMLIT_API.md with --import-api-md). The status is read from appwasm
itself: a name is "not supported yet" when `appwasm.<name>` is the stand-in that shows that
error (or is missing), "partial" when its signature lacks some of Streamlit's parameters, and
"supported" otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
API_JSON = HERE / "streamlit_api.json"
OUTPUT = REPO / "docs" / "COMPATIBILITY.md"

_ENTRY = re.compile(r"^- `(?P<name>(?:st|streamlit)\.[\w.]+)(?:\((?P<params>[^)]*)\))?`(?P<rest>.*)$")
_GROUP = re.compile(r"^## (?P<group>.+?) \(\d+ top-level")
_NOTE = re.compile(r"\*\*\[(?P<note>[^\]]+)\]\*\*")
# "- **st.session_state** (runtime/...): `__iter__()`, `to_dict()`, `headers [property]`"
_MEMBERS = re.compile(r"^- \*\*(?P<owner>st\.\w+|AppTest)(?: \([^)]*\))?\*\* \([^)]*\): (?P<members>.*)$")
_MEMBER = re.compile(r"`(?P<name>\w+)(?:\(|`| \[)")


def import_api_md(path: Path) -> list[dict[str, Any]]:
    """The entries of STREAMLIT_API.md's per-group lists: name, group, parameters, note."""
    entries: list[dict[str, Any]] = []
    group = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            match = _GROUP.match(line)
            group = match["group"] if match else None
            continue
        members = _MEMBERS.match(line)
        if members:
            owner = "streamlit.testing.v1.AppTest" if members["owner"] == "AppTest" else members["owner"]
            for known in entries:
                if known["name"] == owner:
                    known["members"] = _MEMBER.findall(members["members"])
            continue
        entry = _ENTRY.match(line)
        if group is None or entry is None:
            continue
        params = None
        if entry["params"] is not None:
            params = [p.strip().lstrip("*") for p in entry["params"].split(",") if p.strip() not in ("", "*")]
        note = _NOTE.search(entry["rest"])
        entries.append({"name": entry["name"], "group": group, "params": params,
                        "note": note["note"] if note else None})
    return entries


def _resolve(name: str) -> Any:
    """appwasm's object for a Streamlit name ("st.x.y" or "streamlit.x.y")."""
    import appwasm

    parts = name.split(".")[1:]
    obj: Any = appwasm
    for i, part in enumerate(parts):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            obj = importlib.import_module(".".join(["appwasm", *parts[: i + 1]]))
    return obj


def _signature_params(obj: Any) -> list[str] | None:
    target = obj
    if not (inspect.isfunction(obj) or inspect.ismethod(obj) or inspect.isclass(obj)) and callable(obj):
        target = type(obj).__call__  # decorator objects: st.cache_data(...)
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):
        return None
    names = [p.name for p in signature.parameters.values() if p.name not in ("self", "dg")]
    if any(p.kind is p.VAR_KEYWORD for p in signature.parameters.values()):
        names.append("**")
    return names


def status_of(entry: dict[str, Any]) -> tuple[str, str]:
    """("supported" | "partial" | "not supported yet", what is missing)."""
    from appwasm.unsupported import UnsupportedName

    try:
        obj = _resolve(entry["name"])
    except (AttributeError, ImportError):
        return "not supported yet", ""
    if isinstance(obj, UnsupportedName):
        return "not supported yet", ""
    gaps = []
    have = _signature_params(obj) if entry["params"] and callable(obj) else None
    if have is not None:
        missing = [p for p in entry["params"] if p not in have and not (p == "kwargs" and "**" in have)]
        if missing:
            gaps.append("missing parameters: " + ", ".join(f"`{p}`" for p in missing))
    absent = [m for m in entry.get("members", []) if not _has_member(obj, m)]
    if absent:
        gaps.append("missing members: " + ", ".join(f"`{m}`" for m in absent))
    return ("partial", "; ".join(gaps)) if gaps else ("supported", "")


def _has_member(obj: Any, name: str) -> bool:
    if inspect.isclass(obj):
        if any(name in vars(klass) for klass in obj.__mro__):
            return True
        # Accessors served by __getattr__ (AppTest's `at.button`...): ask an instance.
        return "__getattr__" in vars(obj) and hasattr(_instance(obj), name)
    # Look the member up on the type: a proxy's __getattr__ would answer for any name.
    return any(name in vars(klass) for klass in type(obj).__mro__)


def _instance(cls: type) -> Any:
    from_string = getattr(cls, "from_string", None)  # AppTest
    return from_string("") if from_string else cls()


def render(entries: list[dict[str, Any]]) -> str:
    rows: dict[str, list[tuple[dict[str, Any], str, str]]] = {}
    for entry in entries:
        rows.setdefault(entry["group"], []).append((entry, *status_of(entry)))
    totals = {"supported": 0, "partial": 0, "not supported yet": 0}
    for group_rows in rows.values():
        for _, status, _ in group_rows:
            totals[status] += 1
    lines = [
        "# Streamlit API compatibility",
        "",
        "Every public name of Streamlit 1.40 and its status in appwasm. Generated by",
        "`python benchmarks/compat/api_status.py` from appwasm itself (a test fails when this file is",
        "stale): **not supported yet** means `appwasm.<name>` is the stand-in that shows a \"not",
        "supported yet\" error where it is called; **partial** means some of Streamlit's parameters are",
        "missing from appwasm's signature, or some members of its object. How real apps behave is measured separately, by running a",
        "corpus of apps under both (`benchmarks/compat/README.md`).",
        "",
        f"Totals: {totals['supported']} supported, {totals['partial']} partial, "
        f"{totals['not supported yet']} not supported yet ({len(entries)} names).",
        "",
        "| group | supported | partial | not supported yet |",
        "|---|---|---|---|",
    ]
    for group, group_rows in rows.items():
        count = {s: sum(1 for _, status, _ in group_rows if status == s) for s in totals}
        lines.append(f"| {group} | {count['supported']} | {count['partial']} | {count['not supported yet']} |")
    for group, group_rows in rows.items():
        lines += ["", f"## {group}", "", "| name | status | notes |", "|---|---|---|"]
        for entry, status, detail in group_rows:
            notes = "; ".join(x for x in (detail, entry["note"] or "") if x)
            lines.append(f"| `{entry['name']}` | {status} | {notes} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/COMPATIBILITY.md is stale")
    parser.add_argument("--import-api-md", type=Path, help="refresh streamlit_api.json from STREAMLIT_API.md")
    args = parser.parse_args(argv)
    if args.import_api_md:
        API_JSON.write_text(json.dumps(import_api_md(args.import_api_md), indent=1) + "\n")
    text = render(json.loads(API_JSON.read_text()))
    if args.check:
        if not OUTPUT.is_file() or OUTPUT.read_text() != text:
            print(f"{OUTPUT.relative_to(REPO)} is stale: run python benchmarks/compat/api_status.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
