# Replays figures made on CPython (make_figures.py): Altair's spec, a plotly figure, a pyplot PNG,
# plus a Graphviz graph, so their rendering is tested in the browser without those packages.
import json
from pathlib import Path

import streamlit as st

here = Path(__file__).parent
figures = json.loads((here / "figures.json").read_text())
st.title("Figures")
st.vega_lite_chart(figures["altair"])
st.plotly_chart(figures["plotly"], use_container_width=True)
png = (here / "pyplot.png").read_bytes()
# st.pyplot needs matplotlib; its element (the PNG as a buffer) is what the renderer gets.
st.empty()._enqueue_element({"type": "pyplot", "width": 180, "height": 120, "use_container_width": False}, [png])
st.graphviz_chart("digraph G { label=\"Pipeline\"; build -> test -> ship }")
st.write("figures done")
