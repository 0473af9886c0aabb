"""Figures made on CPython for the browser test of st.altair_chart, st.plotly_chart and st.pyplot.

Altair, plotly and matplotlib have no wasm wheels in the test's Pyodide distribution, so their
Python side runs here, on CPython, through appwasm's own commands (AppTest), and the browser
app (app.py) replays what they produced: the Vega-Lite spec with its data, the plotly figure
JSON, and the PNG. tests/unit/test_charts_figures.py checks that these files are what the
current code produces.

    .venv/bin/python tests/e2e/apps/charts_figures/make_figures.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

SCRIPT = """
import altair as alt
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

df = pd.DataFrame({"city": ["Oslo", "Rome", "Lima"], "temp": [4.5, 18.0, 22.5]})
st.altair_chart(alt.Chart(df).mark_bar().encode(x="city:N", y="temp:Q", tooltip=["city", "temp"]))
fig = go.Figure(go.Scatter(x=[1, 2, 3, 4], y=[10, 15, 13, 17], mode="markers", name="series"))
fig.update_layout(title="Plotly points")
st.plotly_chart(fig)
mfig, ax = plt.subplots(figsize=(3, 2))
ax.plot([1, 2, 3], [2, 1, 3])
st.pyplot(mfig, dpi=60)
"""


def produce() -> tuple[dict, dict, bytes]:
    from appwasm.testing.v1 import AppTest

    at = AppTest.from_string(SCRIPT).run()
    assert not at.exception, [e.message for e in at.exception]
    altair, plotly, pyplot = list(at.main)
    return altair.spec, plotly.spec, pyplot.value


if __name__ == "__main__":
    vega_spec, plotly_spec, png = produce()
    (HERE / "figures.json").write_text(json.dumps({"altair": vega_spec, "plotly": plotly_spec}, indent=1,
                                                  sort_keys=True) + "\n")
    (HERE / "pyplot.png").write_bytes(png)
