"""The charts family: Vega-Lite charts (built-in, vega_lite_chart, altair_chart, map),
plotly_chart, pyplot and graphviz_chart."""
