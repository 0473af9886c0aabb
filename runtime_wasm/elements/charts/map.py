"""st.map: points on a world map, drawn with Vega-Lite (no map tiles, no request to any origin).

Streamlit draws st.map with deck.gl over Mapbox/Carto tiles from other origins; a static site
that loads nothing from elsewhere cannot. appwasm keeps Streamlit's API and viewport logic
(latitude/longitude column detection, color and size as values or columns, the zoom level
picked from the data's extent, or the one given) and draws the points as circles over a
bundled basemap of the world's countries (Natural Earth 1:110m), in a Mercator projection
whose scale matches deck.gl's zoom. Sizes are radii in meters, as in Streamlit, at least
3 pixels.
"""

from __future__ import annotations

import math
from typing import Any

from appwasm.delta_generator import DeltaGenerator, dg_command
from appwasm.elements.charts.colors import is_color_like, to_int_color_tuple
from appwasm.elements.charts.vega import ChartData, enqueue_vega_chart
from appwasm.errors import StreamlitAPIException
from appwasm.frames import encode_data

_LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
_LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
_DEFAULT_COLOR = (200, 30, 0, 160)
_DEFAULT_SIZE = 100
_DEFAULT_ZOOM = 12
_DEFAULT_HEIGHT = 500
_ZOOM_LEVELS = [360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044, 0.022, 0.011,
                0.005, 0.003, 0.001, 0.0005, 0.00025]
_EARTH_CIRCUMFERENCE_M = 40075016.686
_WORLD_PX = 512  # deck.gl's world width at zoom 0
_COLOR_FIELD = "__appwasm_color__"
_SIZE_FIELD = "__appwasm_size__"


def _lat_lon_column(df: Any, what: str, given: str | None, defaults: tuple[str, ...]) -> str:
    if isinstance(given, str) and given in df.columns:
        name = given
    else:
        found = next((c for c in defaults if c in df.columns), None)
        if found is None:
            # (this module's `map` is st.map, so no builtin map() here)
            allowed = ", ".join(repr(c) for c in sorted(defaults))
            existing = ", ".join(repr(c) for c in df.columns)
            raise StreamlitAPIException(
                f"Map data must contain a {what} column named: {allowed}. Existing columns: {existing}"
            )
        name = found
    if any(df[name].isnull().array):
        raise StreamlitAPIException(f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None.")
    return name


def zoom_level(distance: float) -> int:
    for i in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[i + 1] < distance <= _ZOOM_LEVELS[i]:
            return i
    return _DEFAULT_ZOOM


def _css(rgba: tuple[int, ...]) -> str:
    alpha = rgba[3] / 255 if len(rgba) == 4 else 1
    return f"rgba({rgba[0]}, {rgba[1]}, {rgba[2]}, {round(alpha, 3)})"


def _meters_per_pixel(zoom: float, latitude: float) -> float:
    return _EARTH_CIRCUMFERENCE_M * math.cos(math.radians(latitude)) / (_WORLD_PX * 2 ** zoom)


def _point_layer(df: Any, lat: str, lon: str, size: Any, color: Any, zoom: float, center_lat: float,
                 name: str) -> dict[str, Any]:
    mpp = max(_meters_per_pixel(zoom, center_lat), 1e-9)
    encoding: dict[str, Any] = {
        "longitude": {"field": lon, "type": "quantitative"},
        "latitude": {"field": lat, "type": "quantitative"},
    }
    transforms: list[dict[str, Any]] = []
    if isinstance(size, str) and size in df.columns:
        # Vega sizes are areas in px²; Streamlit's sizes are radii in meters (at least 3 px).
        transforms.append({"calculate": f"PI * pow(max(3, datum[{_js_string(size)}] / {mpp!r}), 2)", "as": _SIZE_FIELD})
        encoding["size"] = {"field": _SIZE_FIELD, "type": "quantitative", "scale": None, "legend": None}
    else:
        radius = max(3.0, float(_DEFAULT_SIZE if size is None else size) / mpp)
        encoding["size"] = {"value": math.pi * radius * radius}
    if _COLOR_FIELD in df.columns:
        encoding["color"] = {"field": _COLOR_FIELD, "type": "nominal", "scale": None, "legend": None}
    else:
        encoding["color"] = {"value": _css(color)}
    layer: dict[str, Any] = {"data": {"name": name}, "mark": {"type": "circle", "opacity": 1, "clip": True},
                             "encoding": encoding}
    if transforms:
        layer["transform"] = transforms
    return layer


def _js_string(text: str) -> str:
    import json

    return json.dumps(text)


def map_spec(data: Any, latitude: str | None, longitude: str | None, color: Any, size: Any, zoom: int | None,
             width: int | None, height: int | None) -> tuple[dict[str, Any], Any]:
    """The Vega-Lite spec of st.map (the basemap layer names "__basemap__") and its points."""
    center_lat = center_lon = 0.0
    zoom_used: float = 1 if zoom is None else zoom
    layers: list[dict[str, Any]] = [{
        "data": {"name": "__basemap__"}, "mark": {"type": "geoshape", "clip": True},
    }]
    points = None
    if data is not None and not (hasattr(data, "empty") and data.empty):
        from appwasm.elements.charts.builtin import require_pandas
        from appwasm.frames.convert import to_pandas

        require_pandas("map")
        df, _ = to_pandas(data)
        lat = _lat_lon_column(df, "latitude", latitude, _LAT_NAMES)
        lon = _lat_lon_column(df, "longitude", longitude, _LON_NAMES)
        size_column = size if isinstance(size, str) and size in df.columns else None
        color_column = color if isinstance(color, str) and color in df.columns else None
        used = sorted({c for c in (lat, lon, size_column, color_column) if c is not None})
        points = df[used].copy()
        if color_column is not None:
            if not (len(points[color_column]) > 0 and is_color_like(points[color_column].iat[0])):
                raise StreamlitAPIException(f'Column "{color_column}" does not appear to contain valid colors.')
            points[_COLOR_FIELD] = points[color_column].map(lambda c: _css(to_int_color_tuple(c)))
            rgba = _DEFAULT_COLOR
        else:
            rgba = to_int_color_tuple(_DEFAULT_COLOR if color is None else color)
        min_lat, max_lat = points[lat].min(), points[lat].max()
        min_lon, max_lon = points[lon].min(), points[lon].max()
        center_lat, center_lon = float((max_lat + min_lat) / 2.0), float((max_lon + min_lon) / 2.0)
        if zoom is None:
            zoom_used = zoom_level(max(abs(max_lon - min_lon), abs(max_lat - min_lat)))
        layers.append(_point_layer(points, lat, lon, size_column or size, rgba, zoom_used, center_lat, "__points__"))
    spec: dict[str, Any] = {
        "width": width or 0, "height": height or _DEFAULT_HEIGHT,
        "projection": {"type": "mercator", "center": [center_lon, center_lat],
                       "scale": _WORLD_PX * 2 ** zoom_used / (2 * math.pi)},
        "layer": layers,
        "description": f"Map of {0 if points is None else len(points)} points",
        "autosize": {"type": "none"},
    }
    return spec, points


@dg_command
def map(dg: DeltaGenerator, data: Any = None, *, latitude: str | None = None, longitude: str | None = None,  # noqa: A001
        color: Any = None, size: Any = None, zoom: int | None = None, use_container_width: bool = True,
        width: int | None = None, height: int | None = None) -> DeltaGenerator:
    """Display points on a map (over a bundled world basemap: no tiles, no requests).

    Latitude and longitude come from the columns named by `latitude`/`longitude`, or from
    columns named lat/latitude/LAT/LATITUDE and lon/longitude/LON/LONGITUDE. `color` and
    `size` (radius in meters) are values or column names; `zoom` is a deck.gl zoom level
    (by default, the one that fits the points).
    """
    spec, points = map_spec(data, latitude, longitude, color, size, zoom, width, height)
    chart_data = ChartData()
    if points is not None:
        frame = encode_data(points.reset_index(drop=True))
        chart_data.add_dataset(frame.hash, frame)
        spec["layer"][1]["data"] = {"name": frame.hash}
    return enqueue_vega_chart(dg, spec, chart_data, use_container_width=use_container_width, theme="streamlit",
                              node_type="deck_gl_json_chart")
