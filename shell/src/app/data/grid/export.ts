// The grid's "Download as CSV": the rows in the order shown (sorted, searched, edited) and the
// columns shown. Numbers and booleans are written as values, not as their display format, so
// a spreadsheet reads them as numbers; everything else as the grid shows it. A byte-order
// mark lets Excel see UTF-8.
import type { EditingState } from "../../../protocol.gen";
import { saveBlob } from "../../downloads";
import type { GridColumn } from "./model";
import { type RowList, textOf, valueAt } from "./rows";
import { runSliced } from "./sliced";

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvValue(col: GridColumn, rowId: number, editing: EditingState | null): string {
  const value = valueAt(col, rowId, editing);
  const { cell } = value;
  if (cell === null) return "";
  if (typeof cell === "boolean" || typeof cell === "bigint") return String(cell);
  if (typeof cell === "number" && (col.kind === "int" || col.kind === "float" || col.kind === "decimal")) return String(cell);
  return quoted(textOf(col, value, rowId));
}

function csvLine(columns: GridColumn[], rowId: number, editing: EditingState | null): string {
  return columns.map((c) => csvValue(c, rowId, editing)).join(",");
}

// Builds the file in slices (a million rows take seconds) and saves it; `progress` gets the
// fraction done, then null. The returned function cancels.
export function downloadCsv(columns: GridColumn[], rows: RowList, editing: EditingState | null,
  progress: (fraction: number | null) => void): () => void {
  const parts = ["\ufeff" + columns.map((c) => quoted(c.title)).join(",") + "\n"];
  const run = runSliced(rows.length, (from, to) => {
    const lines: string[] = [];
    for (let i = from; i < to; i++) lines.push(csvLine(columns, rows.at(i), editing));
    parts.push(lines.join("\n") + "\n");
  }, (done, finished) => {
    if (!finished) {
      progress(done / rows.length);
      return;
    }
    progress(null);
    const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, "-");
    saveBlob(new Blob(parts, { type: "text/csv;charset=utf-8" }), `${stamp}_export.csv`);
  });
  return run.cancel;
}
