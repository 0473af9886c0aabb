import pandas as pd
import streamlit as st

st.title("Charts")
df = pd.DataFrame({"a": [1, 3, 2, 4], "b": [2.0, 1.0, 3.0, 2.5]})
st.line_chart(df)
st.area_chart(df, x_label="step")
st.bar_chart(pd.DataFrame({"fruit": ["apple", "pear", "fig"], "n": [3, 5, 2]}), x="fruit", y="n", horizontal=True)
st.scatter_chart(pd.DataFrame({"x": [1, 2, 3], "y": [3, 1, 2], "g": ["p", "q", "p"], "s": [10, 20, 30]}),
                 x="x", y="y", color="g", size="s")
spec = {
    "mark": {"type": "bar"},
    "params": [{"name": "pick", "select": {"type": "point", "fields": ["k"]}}],
    "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}},
}
event = st.vega_lite_chart(pd.DataFrame({"k": ["A", "B", "C"], "v": [5, 9, 3]}), spec, on_select="rerun",
                           key="sel", use_container_width=True)
st.write(f"Picked: {event.selection.get('pick')}")
growing = st.scatter_chart(pd.DataFrame({"y": [1.0, 2.0]}))
if st.button("Add rows"):
    growing.add_rows(pd.DataFrame({"y": [3.0, 4.0]}))
st.map(pd.DataFrame({"lat": [48.85, 51.5, 40.7], "lon": [2.35, -0.12, -74.0]}), zoom=1)
st.write("charts done")
