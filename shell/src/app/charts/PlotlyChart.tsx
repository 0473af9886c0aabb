// st.plotly_chart (a lazy chunk: plotly.js loads with the first Plotly chart). The figure is
// the JSON Python made; the "streamlit" theme recolors it from the app's theme; selections
// (points, box, lasso) go back to Python in Streamlit's shape. Plotly never fetches anything:
// no remote map topology, no MathJax, no links to plot.ly.
import Plotly from "plotly.js-dist-min";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { PlotlyChartNode } from "../../protocol.gen";
import { useApp } from "../context";
import type { ElementProps } from "../elements/registry";
import { chartTheme, onSchemeChange, type ChartTheme } from "./theme";

type Dict = Record<string, any>;

function themedLayout(layout: Dict, t: ChartTheme): Dict {
  const axis = { gridcolor: t.border, linecolor: t.border, zerolinecolor: t.border, tickfont: { color: t.text2 }, title: { font: { color: t.text2 } } };
  const template = {
    layout: {
      colorway: t.category, font: { family: t.font, color: t.text }, paper_bgcolor: t.bg, plot_bgcolor: t.bg,
      xaxis: axis, yaxis: axis, legend: { font: { color: t.text2 } }, hoverlabel: { font: { family: t.font } },
      colorscale: { sequential: t.ramp.map((c, i) => [i / (t.ramp.length - 1), c]) },
    },
  };
  return { ...layout, template };
}

function selectionState(event: Dict | undefined, modes: readonly string[]): Dict {
  const points: Dict[] = [];
  const indices: number[] = [];
  for (const p of event?.points ?? []) {
    const point: Dict = { curve_number: p.curveNumber, point_number: p.pointNumber, point_index: p.pointIndex };
    for (const k of ["x", "y", "z", "lat", "lon", "label", "value"]) if (p[k] !== undefined) point[k] = p[k];
    if (p.customdata !== undefined) point.customdata = p.customdata;
    points.push(point);
    indices.push(p.pointIndex ?? p.pointNumber);
  }
  const box: Dict[] = [];
  const lasso: Dict[] = [];
  const range = event?.range;
  if (range && modes.includes("box")) {
    for (const [key, value] of Object.entries(range)) if (key.startsWith("x")) box.push({ xref: key, yref: key.replace("x", "y"), x: value, y: range[key.replace("x", "y")] });
  }
  const lassoPoints = event?.lassoPoints;
  if (lassoPoints && modes.includes("lasso")) {
    for (const [key, value] of Object.entries(lassoPoints)) if (key.startsWith("x")) lasso.push({ xref: key, yref: key.replace("x", "y"), x: value, y: lassoPoints[key.replace("x", "y")] });
  }
  return { selection: { points, point_indices: indices, box, lasso } };
}

export function PlotlyChart({ node }: ElementProps<PlotlyChartNode>) {
  const { sendWidget } = useApp();
  const host = useRef<HTMLDivElement>(null);
  const [scheme, setScheme] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => onSchemeChange(() => setScheme((s) => s + 1)), []);
  // Parsed once per spec: figures are often megabytes, and the title is needed on every render.
  const figure: Dict = useMemo(() => JSON.parse(node.spec), [node.spec]);

  useEffect(() => {
    const div = host.current!;
    let layout: Dict = { ...(figure.layout ?? {}) };
    if (node.theme === "streamlit") layout = themedLayout(layout, chartTheme());
    if (node.use_container_width) {
      layout.width = undefined;
      layout.autosize = true;
    }
    const modes = node.selection_mode;
    if (node.id && modes.length) layout.dragmode = modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : layout.dragmode;
    const config: Dict = {
      ...JSON.parse(node.config || "{}"), responsive: node.use_container_width, displaylogo: false, showLink: false,
      showSendToCloud: false, showEditInChartStudio: false, typesetMath: false, topojsonURL: "./",
    };
    let cancelled = false;
    Plotly.react(div, figure.data ?? [], layout, config).then((gd: any) => {
      if (cancelled || !node.id || !modes.length) return;
      gd.removeAllListeners?.("plotly_selected");
      gd.removeAllListeners?.("plotly_deselect");
      gd.on("plotly_selected", (event: Dict | undefined) => sendWidget(node.id, selectionState(event, modes), node.form_id));
      gd.on("plotly_deselect", () => sendWidget(node.id, selectionState(undefined, modes), node.form_id));
      if (modes.includes("points")) {
        gd.removeAllListeners?.("plotly_click");
        gd.on("plotly_click", (event: Dict) => sendWidget(node.id, selectionState(event, modes), node.form_id));
      }
    }, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [node, figure, scheme]);

  useEffect(() => {
    const div = host.current!;
    const observer = new ResizeObserver(() => {
      if (div.clientWidth > 0 && (div as any).data) Plotly.Plots.resize(div);
    });
    observer.observe(div);
    return () => {
      observer.disconnect();
      Plotly.purge(div);
    };
  }, []);

  const label = figure.layout?.title?.text ?? (typeof figure.layout?.title === "string" ? figure.layout.title : "");
  return (
    <div class="aw-chart" data-testid="stPlotlyChart" role="figure" aria-label={label ? `Plotly chart: ${label}` : "Plotly chart"}>
      {error && <div class="aw-chart-error" role="alert">{error}</div>}
      <div ref={host} />
    </div>
  );
}
