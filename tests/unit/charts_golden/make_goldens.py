"""Record what Streamlit 1.40.0 produces for each case in cases.py (run once, by hand).

    python -m venv /tmp/st140 && /tmp/st140/bin/pip install streamlit==1.40.0
    /tmp/st140/bin/python tests/unit/charts_golden/make_goldens.py

writes specs.json beside this file: per case, each element's Vega-Lite spec (JSON), its
datasets as pandas' "split" dicts, use_container_width, theme and selection_mode, or the
exception messages. test_charts_builtin.py compares appwasm's output with it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow as pa  # noqa: TID253 - a by-hand tool, run under Streamlit 1.40
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent))
from cases import CASES, PRELUDE  # noqa: E402


def table(data: bytes) -> dict | None:
    if not data:
        return None
    frame = pa.ipc.open_stream(data).read_all().to_pandas()
    split = frame.to_dict("split")
    return json.loads(json.dumps({"columns": split["columns"], "index": split["index"], "data": split["data"],
                                  "dtypes": [str(t) for t in frame.dtypes]}, default=str))


def record(body: str) -> dict:
    at = AppTest.from_string(PRELUDE + body).run()
    out: dict = {"elements": [], "errors": [e.message for e in at.exception]}
    for el in at.main:
        if el.type != "arrow_vega_lite_chart":
            continue
        p = el.proto
        out["elements"].append({
            "spec": json.loads(p.spec), "use_container_width": p.use_container_width, "theme": p.theme,
            "data": table(p.data.data), "datasets": {d.name: table(d.data.data) for d in p.datasets},
            "selection_mode": list(p.selection_mode), "has_id": bool(p.id),
        })
    return out


if __name__ == "__main__":
    goldens = {name: record(body) for name, body in CASES.items()}
    Path(__file__).with_name("specs.json").write_text(json.dumps(goldens, indent=1, sort_keys=True) + "\n")
