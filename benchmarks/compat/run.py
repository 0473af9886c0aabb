"""Run a corpus of Streamlit apps under real Streamlit and under appwasm; compare the trees.

    python benchmarks/compat/run.py CORPUS_DIR [--streamlit 1.40.2] [--only NAME ...] [--json OUT]

Every app of CORPUS_DIR (a `*.py` file, or a folder with `app.py` and maybe `pages/`) runs
under `streamlit.testing.v1.AppTest` (in a virtual environment this script creates under the
cache folder) and under `appwasm.testing.AppTest` (this interpreter). One walker process per
interpreter runs all apps and dumps normalized element trees; this script compares them and
prints a table. Exit code 0 when every app is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WALKER = HERE / "walker.py"
APP_SCRIPTS = ("app.py", "streamlit_app.py", "main.py")
DEFAULT_STREAMLIT = "1.40.2"


def cache_root() -> Path:
    """The appwasm cache folder (APPWASM_CACHE_DIR overrides), as the compiler uses."""
    override = os.environ.get("APPWASM_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("appwasm"))


def discover(corpus: Path) -> list[dict[str, Any]]:
    """The apps of `corpus`: its scripts and its folders that hold an app script."""
    jobs = []
    for entry in sorted(corpus.iterdir()):
        script: Path | None = None
        if entry.is_file() and entry.suffix == ".py" and not entry.name.startswith("_"):
            script = entry
        elif entry.is_dir() and not entry.name.startswith((".", "_")):
            script = next((entry / name for name in APP_SCRIPTS if (entry / name).is_file()), None)
        if script is None:
            continue
        interactions = script.with_name(script.stem + ".interactions.json")
        steps = json.loads(interactions.read_text()) if interactions.is_file() else []
        name = entry.name if entry.is_dir() else entry.stem
        jobs.append({"name": name, "script": str(script.resolve()), "steps": steps})
    return jobs


def streamlit_python(version: str, *, quiet: bool = False) -> Path:
    """The Python of a virtual environment with streamlit==version (created on first use).

    It lives in the cache folder, never in the project's own environment: the runtime must
    not see the real Streamlit. A marker file says the install completed.
    """
    venv = cache_root() / "compat" / f"streamlit-{version}"
    python = venv / "bin" / "python"
    marker = venv / ".complete"
    if marker.is_file() and python.exists():
        return python
    if venv.exists():  # an install that did not complete
        shutil.rmtree(venv)
    venv.parent.mkdir(parents=True, exist_ok=True)
    if not quiet:
        print(f"creating {venv} (pip install streamlit=={version})...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", f"streamlit=={version}"], check=True)
    marker.write_text(version)
    return python


def run_walker(python: Path, impl: str, jobs: list[dict[str, Any]], out: dict[str, Any]) -> None:
    env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    # The walker runs from a neutral folder: Streamlit's package has a `platform.py` that
    # would shadow the standard module if the current folder were on sys.path.
    proc = subprocess.run([str(python), str(WALKER), "--impl", impl], input=json.dumps(jobs), text=True,
                          capture_output=True, env=env, cwd=tempfile.gettempdir())
    if proc.returncode != 0 or not proc.stdout.strip():
        out[impl] = {"error": f"walker exited with {proc.returncode}:\n{proc.stderr[-4000:]}"}
        return
    out[impl] = json.loads(proc.stdout)


def render(runs: list[dict[str, Any]]) -> list[str]:
    """One line per fact: readable in a unified diff."""
    lines: list[str] = []
    for run in runs:
        lines.append(f"== {run['step']}")
        if "error" in run:
            lines.append(f"interaction failed: {run['error']}")
            continue
        for root, children in run["tree"].items():
            lines.append(f"[{root}]")
            for child in children:
                _render_node(child, 1, lines)
        if run["session_state"]:
            lines.append("session_state: " + json.dumps(run["session_state"], sort_keys=True))
        if run["query_params"] != {"dict": []}:
            lines.append("query_params: " + json.dumps(run["query_params"]))
    return lines


def _render_node(node: dict[str, Any], depth: int, lines: list[str]) -> None:
    pad = "  " * depth
    if "block" in node:
        facts = {k: v for k, v in node.items() if k not in ("block", "children")}
        lines.append(f"{pad}<{node['block']}> {json.dumps(facts, sort_keys=True) if facts else ''}".rstrip())
        for child in node["children"]:
            _render_node(child, depth + 1, lines)
    else:
        facts = {k: v for k, v in node.items() if k != "type"}
        lines.append(f"{pad}{node['type']} {json.dumps(facts, sort_keys=True)}")


def compare(jobs: list[dict[str, Any]], dumps: dict[str, Any]) -> list[dict[str, Any]]:
    by_impl = {impl: {r["name"]: r for r in dumps[impl]["results"]} for impl in ("streamlit", "appwasm")}
    outcomes = []
    for job in jobs:
        st, aw = by_impl["streamlit"].get(job["name"]), by_impl["appwasm"].get(job["name"])
        outcome: dict[str, Any] = {"name": job["name"], "steps": len(job["steps"])}
        crashes = {impl: r["crash"] for impl, r in (("streamlit", st), ("appwasm", aw)) if r and r["crash"]}
        if crashes:
            outcome["result"] = "crash"
            outcome["detail"] = "\n".join(f"--- crash under {impl}:\n{text}" for impl, text in crashes.items())
        else:
            left, right = render(st["runs"]), render(aw["runs"])
            if left == right:
                outcome["result"] = "identical"
            else:
                outcome["result"] = "differs"
                outcome["detail"] = "\n".join(difflib.unified_diff(left, right, "streamlit", "appwasm", lineterm="", n=2))
        outcomes.append(outcome)
    return outcomes


def print_report(outcomes: list[dict[str, Any]], version: str) -> None:
    width = max([len(o["name"]) for o in outcomes] + [3])
    print(f"{'app'.ljust(width)}  steps  result   (Streamlit {version} vs appwasm)")
    print(f"{'-' * width}  -----  ---------")
    for o in outcomes:
        print(f"{o['name'].ljust(width)}  {o['steps']:>5}  {o['result']}")
    for o in outcomes:
        if o["result"] != "identical":
            print(f"\n#### {o['name']}: {o['result']}\n{o['detail']}")
    counts = {k: sum(1 for o in outcomes if o["result"] == k) for k in ("identical", "differs", "crash")}
    print(f"\n{len(outcomes)} apps: {counts['identical']} identical, {counts['differs']} with differences, "
          f"{counts['crash']} crashed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--streamlit", default=DEFAULT_STREAMLIT, help="Streamlit version to compare with")
    parser.add_argument("--only", nargs="*", help="run only these apps (names)")
    parser.add_argument("--json", type=Path, help="also write the outcomes here")
    parser.add_argument("--show", action="store_true", help="print each app's dump under Streamlit (to check what "
                        "an app and its interactions do)")
    args = parser.parse_args(argv)
    jobs = discover(args.corpus)
    if args.only:
        jobs = [job for job in jobs if job["name"] in args.only]
    if not jobs:
        print(f"no apps in {args.corpus}", file=sys.stderr)
        return 2
    pythons = {"streamlit": streamlit_python(args.streamlit), "appwasm": Path(sys.executable)}
    dumps: dict[str, Any] = {}
    threads = [threading.Thread(target=run_walker, args=(pythons[impl], impl, jobs, dumps)) for impl in pythons]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    failed = {impl: d["error"] for impl, d in dumps.items() if "error" in d}
    if failed:
        for impl, error in failed.items():
            print(f"the {impl} walker failed: {error}", file=sys.stderr)
        return 2
    outcomes = compare(jobs, dumps)
    if args.show:
        for record in dumps["streamlit"]["results"]:
            print(f"#### {record['name']} under Streamlit")
            print(record["crash"] or "\n".join(render(record["runs"])))
    print_report(outcomes, args.streamlit)
    if args.json:
        args.json.write_text(json.dumps(outcomes, indent=1))
    return 0 if all(o["result"] == "identical" for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
