"""st.line_chart, st.area_chart, st.bar_chart and st.scatter_chart (Streamlit 1.40's signatures).

Each builds its Vega-Lite spec from the data (builtin.py), sends the prepared data as a frame,
and returns the element; `element.add_rows(df)` prepares the new rows the same way (melting,
continuing a RangeIndex) and sends only them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.charts.builtin import BuiltChart, build_chart, check_stack, prepare_added_rows
from appwasm.elements.charts.vega import ChartData, append_frame, enqueue_vega_chart, prepare_spec
from appwasm.frames import encode_data

AddRowsFactory = Callable[[dict[str, Any], ChartData], Callable[[DeltaGenerator, Any], DeltaGenerator]]


def _draw(dg: DeltaGenerator, kind: str, data: Any, use_container_width: bool, **options: Any) -> DeltaGenerator:
    chart = build_chart(kind, data, **options)
    frame = encode_data(chart.df)
    spec = prepare_spec(dict(chart.spec, data={"name": frame.hash}), use_container_width)
    chart_data = ChartData()
    chart_data.add_dataset(frame.hash, frame)
    return enqueue_vega_chart(dg, spec, chart_data, use_container_width=use_container_width, theme="streamlit",
                              add_rows=_builtin_add_rows(chart))


def _builtin_add_rows(chart: BuiltChart) -> AddRowsFactory:
    def factory(node: dict[str, Any], chart_data: ChartData) -> Callable[[DeltaGenerator, Any], DeltaGenerator]:
        def handler(slot: DeltaGenerator, data: Any) -> DeltaGenerator:
            if chart.last_index is None:
                # The chart had no data: draw it anew from these rows, as Streamlit does.
                return getattr(slot, chart.command)(data)
            prepared, chart.last_index = prepare_added_rows(data, chart.columns, chart.last_index)
            append_frame(node, chart_data, encode_data(prepared), None)
            return slot._enqueue_element(dict(node))

        return handler

    return factory


@dg_command
def line_chart(dg: DeltaGenerator, data: Any = None, *, x: str | None = None, y: str | Sequence[str] | None = None,
               x_label: str | None = None, y_label: str | None = None, color: Any = None, width: int | None = None,
               height: int | None = None, use_container_width: bool = True) -> DeltaGenerator:
    """Display a line chart of `data` (anything st.dataframe accepts).

    `x`: a column (default: the index); `y`: a column or list of columns (default: all others,
    drawn as one line each); `color`: a color, a list of colors (one per y column) or a column
    of groups or colors; `x_label`/`y_label` name the axes.
    """
    return _draw(dg, "line", data, use_container_width, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                 width=width, height=height)


@dg_command
def area_chart(dg: DeltaGenerator, data: Any = None, *, x: str | None = None, y: str | Sequence[str] | None = None,
               x_label: str | None = None, y_label: str | None = None, color: Any = None, stack: Any = None,
               width: int | None = None, height: int | None = None,
               use_container_width: bool = True) -> DeltaGenerator:
    """Display an area chart; `stack` is True, False, "normalize", "center", "layered" or None."""
    check_stack(stack, "area_chart")
    if stack is False or stack is None:
        stack = "layered"  # overlapping areas, each drawn from zero
    return _draw(dg, "area", data, use_container_width, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                 width=width, height=height, stack=stack)


@dg_command
def bar_chart(dg: DeltaGenerator, data: Any = None, *, x: str | None = None, y: str | Sequence[str] | None = None,
              x_label: str | None = None, y_label: str | None = None, color: Any = None, horizontal: bool = False,
              stack: Any = None, width: int | None = None, height: int | None = None,
              use_container_width: bool = True) -> DeltaGenerator:
    """Display a bar chart (`horizontal=True` turns it sideways; `stack=False` groups the bars)."""
    check_stack(stack, "bar_chart")
    return _draw(dg, "horizontal_bar" if horizontal else "bar", data, use_container_width, x=x, y=y,
                 x_label=x_label, y_label=y_label, color=color, width=width, height=height, stack=stack)


@dg_command
def scatter_chart(dg: DeltaGenerator, data: Any = None, *, x: str | None = None,
                  y: str | Sequence[str] | None = None, x_label: str | None = None, y_label: str | None = None,
                  color: Any = None, size: Any = None, width: int | None = None, height: int | None = None,
                  use_container_width: bool = True) -> DeltaGenerator:
    """Display a scatter chart; `size` is a number or a column of sizes."""
    return _draw(dg, "scatter", data, use_container_width, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                 size=size, width=width, height=height)
