// The world basemap of st.map: Natural Earth countries at 1:110m as TopoJSON (world-atlas,
// ~100 kB), bundled so maps need no tiles and no request to another origin. A lazy chunk of
// its own: only pages with a map load it.
import countries from "world-atlas/countries-110m.json";

export const worldTopology: unknown = countries;
