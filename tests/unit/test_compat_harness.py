"""The compatibility harness itself (benchmarks/compat): discovery, normalization, comparison,
and the walker under appwasm. No network: real Streamlit is only needed by test_compat_corpus."""

from __future__ import annotations

import datetime
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HARNESS = REPO / "benchmarks" / "compat"


def _load(name: str, path: Path):  # the harness is scripts, not a package
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


harness = _load("compat_run", HARNESS / "run.py")
Normalizer = _load("compat_tree_dump", HARNESS / "tree_dump.py").Normalizer


def test_discover_finds_scripts_folders_and_interactions(tmp_path: Path) -> None:
    (tmp_path / "one.py").write_text("import streamlit as st\n")
    (tmp_path / "one.interactions.json").write_text('[{"widget": "button", "click": null}]')
    (tmp_path / "_helper.py").write_text("")
    (tmp_path / "multi" / "pages").mkdir(parents=True)
    (tmp_path / "multi" / "app.py").write_text("")
    (tmp_path / "notes").mkdir()
    jobs = harness.discover(tmp_path)
    assert [(j["name"], Path(j["script"]).name, j["steps"]) for j in jobs] == [
        ("multi", "app.py", []), ("one", "one.py", [{"widget": "button", "click": None}])]


def test_normalizer_hides_what_legitimately_differs_and_keeps_types() -> None:
    norm = Normalizer("/apps/demo")
    text = "<Foo object at 0x7f3a2b1c9d80> in /apps/demo/app.py, id 1b4e28ba-2fa1-11d2-883f-0016d3cca427 at 2024-05-17 09:30:12.5"
    assert norm.text(text) == "<Foo object at 0x?> in <app>/app.py, id <uuid> at <datetime>"
    assert norm.value((1, [2])) == {"tuple": [1, [2]]}
    assert norm.value(datetime.date(2024, 1, 2)) == {"date": "2024-01-02"}
    assert norm.value(b"ab") == {"bytes": 2, "sha1": "da23614e0246"}
    # 1 and 1.0 stay apart: a widget returning a float instead of an int is a difference.
    assert json.dumps(norm.value([1, 1.0])) == "[1, 1.0]"


def _record(name: str, value: str) -> dict:
    tree = {"main": [{"type": "markdown", "key": None, "value": value}]}
    return {"name": name, "crash": None,
            "runs": [{"step": "first run", "tree": tree, "session_state": {}, "query_params": {"dict": []}}]}


def test_compare_reports_identical_differing_and_crashing_apps() -> None:
    jobs = [{"name": n, "steps": []} for n in ("same", "other", "broken")]
    dumps = {
        "streamlit": {"results": [_record("same", "a"), _record("other", "a"), _record("broken", "a")]},
        "appwasm": {"results": [_record("same", "a"), _record("other", "b"),
                                {**_record("broken", "a"), "crash": "RuntimeError: boom"}]},
    }
    outcomes = {o["name"]: o for o in harness.compare(jobs, dumps)}
    assert outcomes["same"]["result"] == "identical"
    assert outcomes["other"]["result"] == "differs"
    assert '-  markdown {"key": null, "value": "a"}' in outcomes["other"]["detail"]
    assert '+  markdown {"key": null, "value": "b"}' in outcomes["other"]["detail"]
    assert outcomes["broken"]["result"] == "crash" and "boom" in outcomes["broken"]["detail"]


def test_walker_dumps_appwasm_trees_after_each_interaction(tmp_path: Path) -> None:
    app = tmp_path / "counter.py"
    app.write_text(
        "import streamlit as st\n"
        "n = st.slider('n', 0, 10, 2, key='n')\n"
        "st.write('double', n * 2)\n"
        "with st.sidebar:\n    st.button('Go')\n"
    )
    steps = [{"widget": "slider", "key": "n", "set_value": 4}, {"widget": "text_input", "index": 0, "input": "x"}]
    jobs = [{"name": "counter", "script": str(app), "steps": steps}]
    proc = subprocess.run([sys.executable, str(HARNESS / "walker.py"), "--impl", "appwasm"],
                          input=json.dumps(jobs), capture_output=True, text=True, check=True, cwd=tmp_path)
    (record,) = json.loads(proc.stdout)["results"]
    first, moved, failed = record["runs"]
    assert first["tree"]["main"][1] == {"type": "markdown", "key": None, "is_caption": False, "allow_html": False,
                                        "value": "double `4`"}
    assert first["tree"]["sidebar"][0]["label"] == "Go"
    assert moved["step"] == 'step 1: slider[\'n\'].set_value(4)'
    assert moved["tree"]["main"][0]["value"] == 4 and moved["session_state"] == {"n": 4}
    assert failed["error"] == "LookupError: no text_input[0] (found 0)"
    assert record["crash"] is None
