// A short description of a Vega-Lite chart for screen readers (Vega puts it on the SVG as
// aria-label): "Line chart of value by index", from the mark and the x/y titles.
type Spec = Record<string, any>;

const KINDS: Record<string, string> = {
  line: "Line chart", area: "Area chart", bar: "Bar chart", circle: "Scatter chart", point: "Scatter chart",
  square: "Scatter chart", geoshape: "Map", rect: "Heatmap", arc: "Pie chart", tick: "Tick chart", text: "Text chart",
};
// Streamlit's internal column names carry this suffix; they are not for people to read.
const INTERNAL = "--p5bJXXpQgvPz6yvQMFiy";

function title(encoding: Spec | undefined, channel: string): string {
  const e = encoding?.[channel];
  if (!e || typeof e !== "object") return "";
  const t = typeof e.title === "string" && e.title.trim() ? e.title : typeof e.field === "string" ? e.field : "";
  return t.includes(INTERNAL) ? t.split(INTERNAL)[0] : t;
}

export function describeSpec(spec: Spec): string {
  const inner = spec.layer?.[spec.layer.length - 1] ?? spec;
  const mark = typeof inner.mark === "string" ? inner.mark : inner.mark?.type;
  const kind = (mark && KINDS[mark]) || "Chart";
  if (typeof spec.title === "string" && spec.title) return `${kind}: ${spec.title}`;
  const x = title(inner.encoding, "x") || title(inner.encoding, "longitude");
  const y = title(inner.encoding, "y") || title(inner.encoding, "latitude");
  return [kind, y && `of ${y}`, x && `by ${x}`].filter(Boolean).join(" ");
}
