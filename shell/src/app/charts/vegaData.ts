// Frames -> the row objects Vega's data takes, as Streamlit's renderer builds them: each data
// column by name, plus "(index)" when the index is numeric or temporal; temporal values are
// milliseconds, and naive ones (no timezone) are shifted so Vega, which reads dates in local
// time, shows the same wall-clock time Python had; 64-bit integers become numbers.
import type { FrameRef } from "../../protocol.gen";
import { tableOf, type Cell, type TableColumn } from "../frames/columns";

export type Row = Record<string, unknown>;

const INDEX_FIELD = "(index)";
const INDEX_KINDS = new Set(["int", "float", "timestamp", "date"]);

function isNaiveTemporal(col: TableColumn): boolean {
  const c = col.first;
  const kind = c.dictionary ? c.dictionary.kind : c.kind;
  if (kind === "date") return true;
  return kind === "timestamp" && !(c.dictionary ? c.dictionary.type.timezone : c.type.timezone);
}

function convert(cell: Cell, naive: boolean): unknown {
  if (typeof cell === "bigint") return Number(cell);
  if (naive && typeof cell === "number") return cell + new Date(cell).getTimezoneOffset() * 60000;
  if (cell instanceof Uint8Array) return null;
  return cell;
}

// Rows [start, end) of the table the frames make (all of them by default).
export function rowsOf(refs: readonly FrameRef[], start = 0): Row[] | null {
  if (refs.length === 0) return [];
  const table = tableOf(refs);
  if (!table) return null;
  const index = table.index.length === 1 && (table.index[0].first.range || INDEX_KINDS.has(table.index[0].first.kind))
    ? table.index[0] : null;
  const columns = table.data.map((col) => ({ name: col.first.name, col, naive: isNaiveTemporal(col) }));
  const indexNaive = index ? isNaiveTemporal(index) : false;
  const rows: Row[] = [];
  for (let r = start; r < table.numRows; r++) {
    const row: Row = {};
    if (index) row[INDEX_FIELD] = convert(index.get(r), indexNaive);
    for (const { name, col, naive } of columns) row[name] = convert(col.get(r), naive);
    rows.push(row);
  }
  return rows;
}

export function rowCount(refs: readonly FrameRef[]): number {
  return refs.reduce((n, ref) => n + ref.num_rows, 0);
}
