"""st.write hands data frames and figures to their commands, as Streamlit does."""

import pytest

from appwasm.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string("import streamlit as st\n" + script).run()


def test_dataframes_series_arrays_and_arrow_tables_become_st_dataframe():
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    at = run(
        "import numpy as np, pandas as pd, pyarrow as pa\n"
        "df = pd.DataFrame({'a': [1, 2], 'b': ['x', 'y']})\n"
        "st.write('A frame:', df)\n"
        "st.write(df['a'])\n"
        "st.write(np.arange(6).reshape(2, 3))\n"
        "st.write(pa.table({'c': [1.5, 2.5]}))\n"
        "st.write(df.style.highlight_max())\n"
    )
    assert not at.exception
    assert at.markdown[0].value == "A frame:"
    frames = at.dataframe
    assert len(frames) == 5
    assert list(frames[0].value.columns) == ["a", "b"]
    assert list(frames[3].value["c"]) == [1.5, 2.5]


def test_figures_become_their_chart_commands():
    pytest.importorskip("matplotlib")
    pytest.importorskip("altair")
    pytest.importorskip("plotly")
    at = run(
        "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
        "import altair as alt, pandas as pd\nimport plotly.graph_objects as go\n"
        "fig, ax = plt.subplots()\nax.plot([1, 2])\nst.write(fig)\n"
        "st.write(alt.Chart(pd.DataFrame({'x': [1, 2]})).mark_bar().encode(x='x'))\n"
        "st.write(go.Figure(go.Bar(y=[1, 2])))\n"
    )
    assert not at.exception
    assert [el.type for el in at.main] == ["pyplot", "arrow_vega_lite_chart", "plotly_chart"]
