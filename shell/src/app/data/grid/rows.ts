// The grid's rows: display order (sorted or not), and for the data editor the rows left after
// deletions plus the added rows, with edited values laid over the data.
import type { EditingState } from "../../../protocol.gen";
import type { Cell, Table } from "../../frames/columns";
import { cellText, type GridColumn } from "./model";
import { cellFromJson } from "./values";

// A row id is a row of the table (>= 0) or an added row k (-(k + 1)).
export interface RowList {
  length: number;
  at(i: number): number;
}

export function rowList(table: Table, order: Uint32Array | null, editing: EditingState | null): RowList {
  const n = table.numRows;
  if (!editing || (!editing.deleted_rows.length && !editing.added_rows.length)) {
    if (order) return { length: n, at: (i) => order[i] };
    return { length: n, at: (i) => i };
  }
  const deleted = new Set(editing.deleted_rows);
  const ids = new Int32Array(n - deleted.size + editing.added_rows.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const row = order ? order[i] : i;
    if (!deleted.has(row)) ids[k++] = row;
  }
  for (let a = 0; a < editing.added_rows.length; a++) ids[k++] = -(a + 1);
  return { length: k, at: (i) => ids[i] };
}

export interface CellValue {
  cell: Cell;
  edited: boolean;
}

// The text of a cell as the grid shows it (a Styler's text belongs to the data, not to edits).
export function textOf(col: GridColumn, value: CellValue, rowId: number): string {
  return cellText(col, value.cell, value.edited || rowId < 0 ? null : rowId);
}

export function valueAt(col: GridColumn, rowId: number, editing: EditingState | null): CellValue {
  if (rowId < 0) {
    const added = editing?.added_rows[-rowId - 1] ?? {};
    return { cell: col.key in added ? cellFromJson(added[col.key], col) : null, edited: true };
  }
  const edits = editing?.edited_rows[String(rowId)];
  if (edits && col.key in edits) return { cell: cellFromJson(edits[col.key], col), edited: true };
  return { cell: col.source.get(rowId), edited: false };
}

// A new editing state with one cell set (added rows are edited in place).
export function withCell(editing: EditingState, rowId: number, key: string, value: unknown): EditingState {
  if (rowId < 0) {
    const added = editing.added_rows.slice();
    added[-rowId - 1] = { ...added[-rowId - 1], [key]: value };
    return { ...editing, added_rows: added };
  }
  const row = String(rowId);
  return { ...editing, edited_rows: { ...editing.edited_rows, [row]: { ...editing.edited_rows[row], [key]: value } } };
}

export function withoutRows(editing: EditingState, rowIds: number[]): EditingState {
  const addedGone = new Set(rowIds.filter((r) => r < 0).map((r) => -r - 1));
  const deleted = Array.from(new Set([...editing.deleted_rows, ...rowIds.filter((r) => r >= 0)])).sort((a, b) => a - b);
  return { ...editing, deleted_rows: deleted, added_rows: editing.added_rows.filter((_, i) => !addedGone.has(i)) };
}

export function withAddedRow(editing: EditingState, columns: GridColumn[]): EditingState {
  const row: Record<string, unknown> = {};
  for (const col of columns) if (col.config.default !== undefined && col.config.default !== null) row[col.key] = col.config.default;
  return { ...editing, added_rows: [...editing.added_rows, row] };
}
