"""Built-in charts, st.vega_lite_chart and st.altair_chart against Streamlit 1.40.0's own output.

charts_golden/specs.json was recorded by running the cases in charts_golden/cases.py under
Streamlit 1.40.0 (make_goldens.py). Each case runs here under AppTest; the Vega-Lite spec must
be equal (dataset names aside: Streamlit names them by an md5 of Arrow bytes, appwasm by its
frame hash), the data must have the same columns and values, and errors the same messages.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

pytest.importorskip("pandas")
pytest.importorskip("altair")

from appwasm.testing.v1 import AppTest  # noqa: E402

from tests.unit.charts_golden.cases import CASES, PRELUDE  # noqa: E402

GOLDENS = json.loads((Path(__file__).parent / "charts_golden" / "specs.json").read_text())


def _rename_datasets(spec: dict, names: list[str]) -> dict:
    text = json.dumps(spec, sort_keys=True)
    for i, name in enumerate(names):
        text = text.replace(f'"{name}"', f'"dataset-{i}"')
    return json.loads(text)


def _cell(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, str) and value.endswith(" 00:00:00"):
        return value[:-9]
    return value


def _table(df) -> dict:
    split = json.loads(json.dumps(df.to_dict("split"), default=str))
    return {"columns": [str(c) for c in split["columns"]], "data": [[_cell(v) for v in row] for row in split["data"]]}


def _golden_table(table: dict | None) -> dict | None:
    if table is None:
        return None
    return {"columns": table["columns"], "data": [[_cell(v) for v in row] for row in table["data"]]}


@pytest.mark.parametrize("case", sorted(CASES))
def test_chart_matches_streamlit(case: str) -> None:
    golden = GOLDENS[case]
    at = AppTest.from_string(PRELUDE + CASES[case]).run()
    # Streamlit's exception element shows the message stripped of surrounding blank lines.
    assert [e.message.strip() for e in at.exception] == [m.strip() for m in golden["errors"]]
    charts = [el for el in at.main if el.type == "arrow_vega_lite_chart"]
    assert len(charts) == len(golden["elements"])
    for chart, expected in zip(charts, golden["elements"], strict=True):
        ours = json.loads(chart.node["spec"])
        assert _rename_datasets(ours, [d["name"] for d in chart.node["datasets"]]) == _rename_datasets(
            expected["spec"], list(expected["datasets"]))
        assert chart.use_container_width == expected["use_container_width"]
        assert chart.theme == expected["theme"]
        assert chart.selection_mode == expected["selection_mode"]
        assert bool(chart.id) == expected["has_id"]
        ours_sets = [_table(df) for df in chart.datasets.values()]
        assert ours_sets == [_golden_table(t) for t in expected["datasets"].values()]
        inline = chart.data
        assert (None if inline is None else _table(inline)) == _golden_table(expected["data"])
