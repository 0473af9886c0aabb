// How a cell looks for each column type: text, checkboxes, links, images, progress bars,
// small charts and list chips. User data only ever becomes text nodes and attribute values.
import type { Cell } from "../../frames/columns";
import { formatNumber } from "./format";
import type { GridColumn } from "./model";
import { safeHref } from "../../urls";

const SAFE_URL = /^(https?:|mailto:|data:image\/)/i;

function numbers(cell: Cell): number[] {
  if (!Array.isArray(cell)) return [];
  return cell.map((v) => (typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : Number.NaN)).filter(Number.isFinite);
}

function Sparkline({ values, kind, yMin, yMax }: { values: number[]; kind: string; yMin?: number; yMax?: number }) {
  if (!values.length) return null;
  const lo = yMin ?? Math.min(0, ...values);
  const hi = yMax ?? Math.max(...values);
  const span = hi - lo || 1;
  const w = 100;
  const h = 24;
  const x = (i: number) => (values.length === 1 ? w / 2 : (i / (values.length - 1)) * w);
  const y = (v: number) => h - ((v - lo) / span) * h;
  if (kind === "bar_chart") {
    const bw = w / values.length;
    return (
      <svg class="aw-grid-chart" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" aria-hidden="true">
        {values.map((v, i) => <rect key={i} x={i * bw + bw * 0.1} width={bw * 0.8} y={y(v)} height={Math.max(0, h - y(v))} />)}
      </svg>
    );
  }
  const line = values.map((v, i) => `${i ? "L" : "M"}${x(i).toFixed(2)},${y(v).toFixed(2)}`).join("");
  return (
    <svg class="aw-grid-chart" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="none" aria-hidden="true">
      {kind === "area_chart" && <path class="aw-grid-area" d={`${line}L${x(values.length - 1)},${h}L${x(0)},${h}Z`} />}
      <path class="aw-grid-line" d={line} fill="none" />
    </svg>
  );
}

function linkText(url: string, displayText: string | undefined): string {
  if (!displayText) return url;
  try {
    const match = new RegExp(displayText).exec(url);
    if (match) return match[1] ?? match[0];
  } catch {
    /* not a regular expression: a fixed text */
  }
  return displayText;
}

// The content of a cell (inside the gridcell element).
export function CellContent({ col, cell, text }: { col: GridColumn; cell: Cell; text: string }) {
  if (cell === null) return <span class="aw-grid-null">{text}</span>;
  const tc = col.typeConfig;
  switch (col.columnType) {
    case "checkbox": {
      const on = cell === true || cell === "true" || cell === 1;
      return <span class={`aw-grid-check${on ? " aw-on" : ""}`} aria-label={on ? "true" : "false"}>{on ? "✓" : ""}</span>;
    }
    case "link": {
      const url = String(cell);
      if (!SAFE_URL.test(url)) return <span>{url}</span>;
      return <a href={safeHref(url)} target="_blank" rel="noopener noreferrer" tabIndex={-1}>{linkText(url, tc.display_text as string | undefined)}</a>;
    }
    case "image": {
      const url = String(cell);
      return SAFE_URL.test(url) ? <img class="aw-grid-img" src={url} alt="" loading="lazy" /> : <span>{url}</span>;
    }
    case "progress": {
      const v = typeof cell === "number" ? cell : Number(cell);
      const min = (tc.min_value as number | undefined) ?? 0;
      const max = (tc.max_value as number | undefined) ?? (col.kind === "float" ? 1 : 100);
      const pct = Math.max(0, Math.min(100, ((v - min) / (max - min || 1)) * 100));
      const label = tc.format ? text : formatNumber(v, undefined, col.kind === "int");
      return (
        <span class="aw-grid-progress" role="progressbar" aria-valuemin={min} aria-valuemax={max} aria-valuenow={v}>
          <span class="aw-grid-progress-bar"><span style={{ width: `${pct}%` }} /></span>
          <span class="aw-grid-progress-text">{label}</span>
        </span>
      );
    }
    case "line_chart": case "bar_chart": case "area_chart":
      return <Sparkline values={numbers(cell)} kind={col.columnType} yMin={tc.y_min as number | undefined} yMax={tc.y_max as number | undefined} />;
    case "list":
      if (Array.isArray(cell)) return <span class="aw-grid-chips">{cell.map((c, i) => <span key={i} class="aw-grid-chip">{c === null ? "None" : String(c)}</span>)}</span>;
      return <span>{text}</span>;
    default:
      return <>{text}</>;
  }
}
