// The grid's "Download as CSV": the rows in the order shown (sorted, searched, edited) and the
// columns shown. Numbers and booleans are written as values, not as their display format, so
// a spreadsheet reads them as numbers; everything else as the grid shows it. A byte-order
// mark lets Excel see UTF-8.
import type { EditingState } from "../../../protocol.gen";
import { saveBlob } from "../../downloads";
import type { GridColumn } from "./model";
import { cellText } from "./model";
import { type RowList, valueAt } from "./rows";

const ROWS_PER_PART = 10_000;

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvValue(col: GridColumn, rowId: number, editing: EditingState | null): string {
  const { cell, edited } = valueAt(col, rowId, editing);
  if (cell === null) return "";
  if (typeof cell === "boolean" || typeof cell === "bigint") return String(cell);
  if (typeof cell === "number" && (col.kind === "int" || col.kind === "float" || col.kind === "decimal")) return String(cell);
  return quoted(cellText(col, cell, edited || rowId < 0 ? null : rowId));
}

export function csvParts(columns: GridColumn[], rows: RowList, editing: EditingState | null): string[] {
  const parts = ["\ufeff" + columns.map((c) => quoted(c.title)).join(",") + "\n"];
  for (let start = 0; start < rows.length; start += ROWS_PER_PART) {
    const lines: string[] = [];
    const end = Math.min(rows.length, start + ROWS_PER_PART);
    for (let i = start; i < end; i++) {
      const rowId = rows.at(i);
      lines.push(columns.map((c) => csvValue(c, rowId, editing)).join(","));
    }
    parts.push(lines.join("\n") + "\n");
  }
  return parts;
}

export function downloadCsv(columns: GridColumn[], rows: RowList, editing: EditingState | null): void {
  const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, "-");
  saveBlob(new Blob(csvParts(columns, rows, editing), { type: "text/csv;charset=utf-8" }), `${stamp}_export.csv`);
}
