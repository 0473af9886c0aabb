// Vega-Lite charts (a lazy chunk: vega, vega-lite and vega-embed load with the first chart).
// The spec comes without data; the frames it names become Vega datasets here. Charts follow
// the app's theme and light/dark changes, fill their container's width when asked to (and
// follow its resizes), describe themselves to screen readers (Vega's aria output plus a
// description), load nothing from URLs, and report selections to Python as Streamlit does.
import embed, { type Result } from "vega-embed";
import { loader as vegaLoader } from "vega";
import { useEffect, useRef, useState } from "preact/hooks";
import type { MapNode, VegaLiteChartNode } from "../../protocol.gen";
import { useApp } from "../context";
import type { ElementProps } from "../elements/registry";
import { chartTheme, mergeConfig, onSchemeChange, plainVegaConfig, streamlitVegaConfig } from "./theme";
import { rowCount, rowsOf, type Row } from "./vegaData";
import { describeSpec } from "./describe";

type Node = VegaLiteChartNode | MapNode;
type Spec = Record<string, any>;

const INLINE = "__appwasm_inline__";
const BASEMAP = "__basemap__";
const DEFAULT_HEIGHT = 350;
// Multi-view specs size their views themselves (a layer shares one view, so it is not one of them).
const COMPOSITIONS = ["hconcat", "vconcat", "concat", "facet", "repeat"];
// What each selection widget last sent, and the view state to restore its marks after a re-embed.
const sentSelections = new Map<string, Record<string, unknown>>();
const viewStates = new Map<string, unknown>();

// Vega must not fetch anything: data URLs, images and fonts from other origins are refused.
function refusingLoader() {
  const loader = vegaLoader();
  const refuse = (uri: unknown) => Promise.reject(new Error(`Charts load no data from URLs (${String(uri)}).`));
  Object.assign(loader, { load: refuse, sanitize: refuse, http: refuse, file: refuse });
  return loader;
}

function datasetKey(node: Node): string {
  return JSON.stringify([node.data[0]?.hash ?? null, node.datasets.map((d) => [d.name, d.frames[0]?.hash ?? null])]);
}

function embedKey(node: Node, scheme: number): string {
  return JSON.stringify([node.type, node.spec, node.theme, node.use_container_width, node.id, node.selection_mode, scheme, datasetKey(node)]);
}

function counts(node: Node): Map<string, number> {
  const out = new Map<string, number>();
  if (node.data.length) out.set(INLINE, rowCount(node.data));
  for (const d of node.datasets) out.set(d.name, rowCount(d.frames));
  return out;
}

async function withBasemap(spec: Spec): Promise<Spec> {
  const { worldTopology } = await import("./basemap");
  const theme = chartTheme();
  const visit = (s: Spec) => {
    if (s.data?.name === BASEMAP) {
      s.data = { values: worldTopology, format: { type: "topojson", feature: "countries" } };
      // Land in the theme's second background, borders in its border color: the points stand out.
      s.mark = { type: "geoshape", clip: true, fill: theme.bg2, stroke: theme.border, strokeWidth: 0.5, tooltip: false };
    }
    for (const child of s.layer ?? []) visit(child);
  };
  visit(spec);
  return spec;
}

async function buildSpec(node: Node, width: number): Promise<Spec> {
  let spec: Spec = JSON.parse(node.spec);
  // Streamlit's specs name Vega-Lite 5's schema; the bundled Vega-Lite reads them as they are
  // (without the name, vega-embed does not warn about the version on every chart).
  delete spec.$schema;
  const datasets: Record<string, Row[]> = {};
  for (const d of node.datasets) datasets[d.name] = rowsOf(d.frames) ?? [];
  if (node.data.length) {
    datasets[INLINE] = rowsOf(node.data) ?? [];
    spec.data = { name: INLINE };
  }
  if (Object.keys(datasets).length) spec.datasets = { ...(spec.datasets ?? {}), ...datasets };
  if (node.type === "deck_gl_json_chart") spec = await withBasemap(spec);
  const theme = chartTheme();
  spec.config = mergeConfig(node.theme === "streamlit" ? streamlitVegaConfig(theme) : plainVegaConfig(theme), spec.config);
  if (!COMPOSITIONS.some((k) => k in spec)) {
    if (node.use_container_width || spec.width === 0) spec.width = width;
    else if (typeof spec.width === "number") spec.width = Math.min(spec.width, width);
    if (spec.height === 0) spec.height = DEFAULT_HEIGHT;
  } else if (node.use_container_width && "vconcat" in spec) {
    for (const child of spec.vconcat) if (child && typeof child === "object") child.width = width;
  }
  spec.description ??= describeSpec(spec);
  return spec;
}

function debounce<A extends unknown[]>(ms: number, fn: (...args: A) => void): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function VegaChart({ node }: ElementProps<Node>) {
  const { sendWidget } = useApp();
  const host = useRef<HTMLDivElement>(null);
  const live = useRef<{ result: Result | null; key: string; counts: Map<string, number>; fitsWidth: boolean }>({
    result: null, key: "", counts: new Map(), fitsWidth: false,
  });
  const [scheme, setScheme] = useState(0);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => onSchemeChange(() => setScheme((s) => s + 1)), []);

  useEffect(() => {
    const state = live.current;
    const key = embedKey(node, scheme);
    if (state.result && state.key === key) {
      // Same chart, same first chunks: add_rows appended rows; insert only the new ones.
      const now = counts(node);
      const view = state.result.view;
      for (const [name, n] of now) {
        const before = state.counts.get(name) ?? 0;
        if (n <= before) continue;
        const refs = name === INLINE ? node.data : node.datasets.find((d) => d.name === name)!.frames;
        view.insert(name, rowsOf(refs, before) ?? []);
      }
      state.counts = now;
      void view.runAsync();
      return;
    }
    let cancelled = false;
    const div = host.current!;
    const width = div.clientWidth || 600;
    void (async () => {
      try {
        const spec = await buildSpec(node, width);
        if (cancelled) return;
        const result = await embed(div, spec as any, {
          mode: "vega-lite", renderer: "svg", actions: false, loader: refusingLoader() as any,
          tooltip: { theme: chartTheme().dark ? "dark" : "light" },
        });
        if (cancelled) {
          result.finalize();
          return;
        }
        state.result?.finalize();
        state.result = result;
        state.key = key;
        state.counts = counts(node);
        state.fitsWidth = !COMPOSITIONS.some((k) => k in spec) && spec.width === width;
        setError(null);
        if (node.id) listenForSelections(result, node, sendWidget);
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [node, scheme]);

  useEffect(() => {
    const div = host.current!;
    let lastWidth = div.clientWidth;
    const observer = new ResizeObserver(() => {
      const { result, fitsWidth } = live.current;
      const width = div.clientWidth;
      if (!result || !fitsWidth || width === lastWidth || width === 0) return;
      lastWidth = width;
      void result.view.width(width).runAsync();
    });
    observer.observe(div);
    return () => {
      observer.disconnect();
      live.current.result?.finalize();
      live.current.result = null;
    };
  }, []);

  return (
    <div class="aw-chart" data-testid="stVegaLiteChart">
      {error && <div class="aw-chart-error" role="alert">{error}</div>}
      <div ref={host} />
    </div>
  );
}

function listenForSelections(result: Result, node: Node, send: (id: string, value: unknown, formId: string) => number) {
  const view = result.view;
  const params = node.selection_mode;
  for (const param of params) {
    view.addSignalListener(param, debounce(150, (name: string, value: any) => {
      try {
        viewStates.set(node.id, view.getState({ data: (n?: string) => params.some((p) => `${p}_store` === n), recurse: false }));
      } catch {
        // A view state is a nicety (restoring the marks after a re-embed); the selection still goes out.
      }
      // A point selection's useful part is its list of points (vlPoint.or), as in Streamlit.
      const processed = value && typeof value === "object" && value.vlPoint?.or ? value.vlPoint.or : value;
      const current = sentSelections.get(node.id) ?? {};
      const next = { ...current, [name]: processed ?? {} };
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      sentSelections.set(node.id, next);
      send(node.id, { selection: JSON.parse(JSON.stringify(next)) }, node.form_id);
    }));
  }
  const saved = viewStates.get(node.id);
  if (saved) {
    try {
      view.setState(saved as any);
    } catch {
      viewStates.delete(node.id);
    }
  }
}
