"""Chart cases whose Vega-Lite output is checked against Streamlit 1.40's (charts_golden/specs.json).

Each case is an app body: its charts (and errors) are compared element by element. The same
cases run under Streamlit 1.40.0 (make_goldens.py) and under appwasm's AppTest (test_charts_builtin.py).
"""

PRELUDE = """
import datetime
import numpy as np
import pandas as pd
import streamlit as st
df = pd.DataFrame({"a": [1, 2, 3], "b": [4.5, 5.5, 6.5], "c": [7, 8, 9]})
long = pd.DataFrame({"x": [1, 2, 3, 1, 2, 3], "y": [3, 1, 2, 5, 4, 6], "group": ["p", "p", "p", "q", "q", "q"],
                     "w": [10, 20, 30, 40, 50, 60]})
"""

CASES = {
    "line_wide": "st.line_chart(df)",
    "line_x_y_list": "st.line_chart(df, x='a', y=['b', 'c'])",
    "line_long_color_column": "st.line_chart(long, x='x', y='y', color='group')",
    "line_color_list": "st.line_chart(df, y=['b', 'c'], color=['#ff0000', (0, 0, 255)])",
    "line_single_color": "st.line_chart(df, y='b', color='#ffaa00')",
    "line_color_value_column": "st.line_chart(pd.DataFrame({'x': [1, 2], 'y': [3, 4], 'c': ['#f00', '#0f0']}), x='x', y='y', color='c')",
    "line_color_tuple_column": "st.line_chart(pd.DataFrame({'x': [1, 2], 'y': [3, 4], 'c': [(255, 0, 0), (0, 255, 0)]}), x='x', y='y', color='c')",
    "line_labels_size": "st.line_chart(df, x='a', y='b', x_label='Time', y_label='Value', width=300, height=200, use_container_width=False)",
    "line_named_index": "d = df.copy(); d.index = pd.Index([10, 20, 30], name='day'); st.line_chart(d)",
    "line_datetime_index": "d = df.copy(); d.index = pd.date_range('2024-01-01', periods=3); st.line_chart(d)",
    "line_dict": "st.line_chart({'u': [1, 2, 3], 'v': [3, 2, 1]})",
    "line_list": "st.line_chart([1, 5, 2])",
    "line_numpy": "st.line_chart(np.array([[1, 2], [3, 4], [5, 6]]))",
    "line_empty": "st.line_chart()",
    "line_strings_mixed": "st.line_chart(pd.DataFrame({'n': [1, 2], 's': ['x', 'y']}))",
    "area_wide": "st.area_chart(df)",
    "area_normalize": "st.area_chart(df, stack='normalize')",
    "area_single": "st.area_chart(df, x='a', y='b')",
    "bar_default": "st.bar_chart(df)",
    "bar_x_y": "st.bar_chart(long, x='x', y='y', color='group')",
    "bar_horizontal": "st.bar_chart(long, x='group', y='y', horizontal=True)",
    "bar_horizontal_color": "st.bar_chart(long, x='x', y='y', color='group', horizontal=True)",
    "bar_unstacked": "st.bar_chart(long, x='x', y='y', color='group', stack=False)",
    "bar_unstacked_horizontal": "st.bar_chart(long, x='x', y='y', color='group', stack=False, horizontal=True)",
    "bar_layered": "st.bar_chart(df, stack='layered')",
    "bar_center": "st.bar_chart(df, stack='center')",
    "bar_stack_true": "st.bar_chart(df, stack=True)",
    "bar_dates": "st.bar_chart(pd.DataFrame({'d': [datetime.date(2024, 1, i) for i in (1, 2, 3)], 'v': [1, 2, 3]}), x='d', y='v')",
    "bar_strings_x": "st.bar_chart(pd.DataFrame({'fruit': ['b', 'a', 'c'], 'n': [3, 1, 2]}), x='fruit', y='n')",
    "scatter_default": "st.scatter_chart(df)",
    "scatter_size_color": "st.scatter_chart(long, x='x', y='y', color='group', size='w')",
    "scatter_size_value": "st.scatter_chart(df, x='a', y='b', size=50)",
    "scatter_numeric_color": "st.scatter_chart(long, x='x', y='y', color='w')",
    "vega_data_spec": "st.vega_lite_chart(df, {'mark': {'type': 'circle', 'tooltip': True}, 'encoding': {'x': {'field': 'a', 'type': 'quantitative'}, 'y': {'field': 'b', 'type': 'quantitative'}}})",
    "vega_inline_values": "st.vega_lite_chart({'data': {'values': [{'a': 'A', 'b': 28}, {'a': 'B', 'b': 55}]}, 'mark': 'bar', 'encoding': {'x': {'field': 'a', 'type': 'nominal'}, 'y': {'field': 'b', 'type': 'quantitative'}}}, use_container_width=True, theme=None)",
    "vega_kwargs": "st.vega_lite_chart(df, mark='line', x_field='a', x_type='quantitative', y_field='b', y_type='quantitative')",
    "vega_datasets": "st.vega_lite_chart({'datasets': {'one': df}, 'data': {'name': 'one'}, 'mark': 'point', 'encoding': {'x': {'field': 'a', 'type': 'quantitative'}}})",
    "vega_vconcat": "st.vega_lite_chart(df, {'vconcat': [{'mark': 'point', 'encoding': {'x': {'field': 'a'}}}, {'mark': 'bar', 'encoding': {'x': {'field': 'b'}}}]}, use_container_width=True)",
    "vega_select": "ev = st.vega_lite_chart(df, {'mark': 'point', 'params': [{'name': 'pick', 'select': 'point'}, {'name': 'box', 'select': 'interval'}], 'encoding': {'x': {'field': 'a', 'type': 'quantitative'}, 'y': {'field': 'b', 'type': 'quantitative'}}}, on_select='rerun', selection_mode='box', key='k'); st.write(dict(ev))",
    "err_x_missing": "st.line_chart(df, x='nope')",
    "err_y_missing": "st.line_chart(df, y=['a', 'nope'])",
    "err_x_type": "st.line_chart(df, x=3)",
    "err_color": "st.line_chart(df, y='a', color='notacolor')",
    "err_color_len": "st.line_chart(df, color=['#f00'])",
    "err_color_one_for_many": "st.line_chart(df, color='#f00')",
    "err_stack": "st.bar_chart(df, stack='up')",
    "err_area_stack": "st.area_chart(df, stack='up')",
    "err_size": "st.scatter_chart(df, size='nope')",
    "err_vega_empty": "st.vega_lite_chart(df, {})",
    "err_theme": "st.vega_lite_chart(df, {'mark': 'bar'}, theme='dark')",
    "err_on_select": "st.vega_lite_chart(df, {'mark': 'bar'}, on_select='yes')",
    "err_no_params": "st.vega_lite_chart(df, {'mark': 'bar', 'encoding': {'x': {'field': 'a'}}}, on_select='rerun')",
    "err_unknown_param": "st.vega_lite_chart(df, {'mark': 'bar', 'params': [{'name': 'p', 'select': 'point'}], 'encoding': {'x': {'field': 'a'}}}, on_select='rerun', selection_mode='q')",
    "err_multiview": "st.vega_lite_chart(df, {'layer': [{'mark': 'bar', 'params': [{'name': 'p', 'select': 'point'}]}]}, on_select='rerun')",
    "altair_simple": "import altair as alt\nst.altair_chart(alt.Chart(df).mark_bar().encode(x='a:O', y='b:Q'))",
    "altair_interactive_select": "import altair as alt\nsel = alt.selection_point(name='sel', fields=['a'])\nev = st.altair_chart(alt.Chart(df).mark_point().encode(x='a', y='b').add_params(sel).interactive(), on_select='rerun', use_container_width=True)\nst.write(dict(ev))",
    "altair_layer": "import altair as alt\nbase = alt.Chart(df).encode(x='a')\nst.altair_chart(base.mark_line().encode(y='b') + base.mark_point().encode(y='c'), theme=None)",
}
