// Chart colors and fonts from the app's theme (its CSS variables, which follow
// prefers-color-scheme), as Streamlit's "streamlit" Vega theme and its plain defaults.
export interface ChartTheme {
  dark: boolean;
  bg: string;
  bg2: string;
  text: string;
  text2: string;
  border: string;
  font: string;
  category: string[];
  ramp: string[];
  diverging: string[];
  primary: string;
}

const CATEGORY_LIGHT = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
const CATEGORY_DARK = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];
const RAMP = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
const DIVERGING = ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"];

function luminance(color: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(color.trim());
  if (!m) return 1;
  const [r, g, b] = m.slice(1, 4).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function chartTheme(element: Element = document.documentElement): ChartTheme {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const bg = v("--aw-bg", "#ffffff");
  const dark = luminance(bg) < 0.5;
  return {
    dark, bg, bg2: v("--aw-bg-2", "#f0f2f6"), text: v("--aw-text", "#31333f"), text2: v("--aw-text-2", "#6b6f7b"), border: v("--aw-border", "#d6d8de"),
    font: v("--aw-font", "sans-serif"), primary: v("--aw-primary", "#ff4b4b"),
    category: dark ? CATEGORY_DARK : CATEGORY_LIGHT,
    ramp: dark ? [...RAMP].reverse() : RAMP,
    diverging: DIVERGING,
  };
}

// Subscribe to light/dark changes; returns the unsubscribe function.
export function onSchemeChange(callback: () => void): () => void {
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  query.addEventListener("change", callback);
  return () => query.removeEventListener("change", callback);
}

type Config = Record<string, unknown>;

function isObject(v: unknown): v is Config {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// Theme defaults under the user's config: the user's values win, arrays replace.
export function mergeConfig(base: Config, user: unknown): Config {
  if (!isObject(user)) return base;
  const out: Config = { ...base };
  for (const [k, v] of Object.entries(user)) out[k] = isObject(v) && isObject(base[k]) ? mergeConfig(base[k] as Config, v) : v;
  return out;
}

export function streamlitVegaConfig(t: ChartTheme): Config {
  return {
    font: t.font, background: t.bg, fieldTitle: "verbal", autosize: { type: "fit", contains: "padding" },
    title: { align: "left", anchor: "start", color: t.text, fontWeight: 600, fontSize: 16, orient: "top", offset: 26 },
    header: { titleFontWeight: 400, titleFontSize: 16, titleColor: t.text2, labelFontSize: 12, labelColor: t.text2 },
    axis: {
      labelFontSize: 12, labelFontWeight: 400, labelColor: t.text2, titleFontWeight: 400, titleFontSize: 14,
      titleColor: t.text2, ticks: false, gridColor: t.border, domain: false, domainWidth: 1, domainColor: t.border,
      labelFlush: true, labelFlushOffset: 1, labelBound: false, labelLimit: 100, titlePadding: 16, labelPadding: 16,
      labelSeparation: 4, labelOverlap: true,
    },
    legend: {
      labelFontSize: 14, labelFontWeight: 400, labelColor: t.text2, titleFontSize: 14, titleFontWeight: 400,
      titleColor: t.text2, titlePadding: 5, labelPadding: 16, columnPadding: 8, rowPadding: 4, padding: 7, symbolStrokeWidth: 4,
    },
    range: { category: t.category, diverging: t.diverging, ramp: t.ramp, heatmap: t.ramp },
    view: { columns: 1, strokeWidth: 0, stroke: "transparent", continuousHeight: 350, continuousWidth: 400 },
    concat: { columns: 1 },
    facet: { columns: 1 },
    mark: { tooltip: true, color: t.dark ? "#83C9FF" : "#0068C9" },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false },
    axisXPoint: { grid: false },
    axisTemporal: { grid: false },
    axisXBand: { grid: false },
  };
}

export function plainVegaConfig(t: ChartTheme): Config {
  const fonts = { labelFont: t.font, titleFont: t.font, labelFontSize: 12, titleFontSize: 12 };
  return {
    background: t.bg,
    axis: { labelColor: t.text, titleColor: t.text, gridColor: t.border, ...fonts },
    legend: { labelColor: t.text, titleColor: t.text, ...fonts },
    title: { color: t.text, subtitleColor: t.text, ...fonts },
    header: { labelColor: t.text, titleColor: t.text, ...fonts },
    view: { stroke: t.border, continuousHeight: 350, continuousWidth: 400 },
    mark: { tooltip: true },
  };
}
