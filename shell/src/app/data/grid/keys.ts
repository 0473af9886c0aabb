// The grid's keyboard: arrows, Home/End (Ctrl: first/last row), PageUp/PageDown move the
// active cell (row -1 is the header row); Enter sorts a header or edits a cell; Space selects
// a row or a column (or toggles a checkbox cell); Delete clears a cell or deletes the
// selected rows; typing starts editing; Ctrl/Cmd+C copies (the "copy" event does the writing).
import type { EditingState } from "../../../protocol.gen";
import type { Table } from "../../frames/columns";
import type { GridColumn } from "./model";
import { type RowList, textOf, valueAt, withCell } from "./rows";

export interface GridApi {
  columns: GridColumn[];
  rows: RowList;
  table: Table;
  active: { row: number; col: number };
  editing: EditingState | null;
  dynamic: boolean;
  selectedRows: number[];
  selectedColumns: string[];
  pageRows: number;
  moveTo(row: number, col: number): void;
  toggleSort(col: number): void;
  toggleRow(rowId: number): void;
  toggleColumn(col: number): void;
  startEdit(initial: string | null): void;
  commitEditing(state: EditingState): void;
  deleteRows(rowIds: number[]): void;
}

export function handleGridKey(e: KeyboardEvent, api: GridApi): void {
  const { row, col } = api.active;
  const last = api.rows.length - 1;
  const mod = e.ctrlKey || e.metaKey;
  const column = api.columns[col];
  let handled = true;
  switch (e.key) {
    case "ArrowDown": api.moveTo(row + 1, col); break;
    case "ArrowUp": api.moveTo(row - 1, col); break;
    case "ArrowRight": api.moveTo(row, col + 1); break;
    case "ArrowLeft": api.moveTo(row, col - 1); break;
    case "Home": api.moveTo(mod ? 0 : row, mod ? col : 0); break;
    case "End": api.moveTo(mod ? last : row, mod ? col : api.columns.length - 1); break;
    case "PageDown": api.moveTo(Math.min(last, Math.max(0, row) + api.pageRows), col); break;
    case "PageUp": api.moveTo(Math.max(0, row - api.pageRows), col); break;
    case "Enter":
    case "F2":
      if (row < 0) api.toggleSort(col);
      else if (column?.editable && column.columnType === "checkbox") toggleCheckbox(api);
      else api.startEdit(null);
      break;
    case " ":
      if (row < 0) api.toggleColumn(col);
      else if (column?.editable && column.columnType === "checkbox") toggleCheckbox(api);
      else api.toggleRow(api.rows.at(row));
      break;
    case "Delete":
    case "Backspace":
      if (api.dynamic && api.selectedRows.length) api.deleteRows(api.selectedRows);
      else if (row >= 0 && column?.editable && api.editing) api.commitEditing(withCell(api.editing, api.rows.at(row), column.key, null));
      else handled = false;
      break;
    default:
      handled = false;
      if (!mod && !e.altKey && e.key.length === 1 && row >= 0 && column?.editable && column.columnType !== "checkbox") {
        api.startEdit(e.key);
        handled = true;
      }
  }
  if (handled) e.preventDefault();
  if (mod && (e.key === "c" || e.key === "C")) {
    // Built once: the "copy" event that follows writes it synchronously (takeCopyText); if no
    // such event came, the async clipboard API writes it.
    const text = copyText(api);
    prepared = text;
    if (text !== null) {
      setTimeout(() => {
        if (prepared !== text) return;
        prepared = null;
        navigator.clipboard?.writeText(text).catch(() => undefined);
      }, 0);
    }
  }
}

let prepared: string | null = null;

// For the grid's "copy" event: the text Ctrl/Cmd+C prepared, or (a menu's Copy) built now.
export function takeCopyText(api: GridApi): string | null {
  const text = prepared ?? copyText(api);
  prepared = null;
  return text;
}

function toggleCheckbox(api: GridApi): void {
  const { row, col } = api.active;
  const column = api.columns[col];
  if (!api.editing) return;
  const rowId = api.rows.at(row);
  const { cell } = valueAt(column, rowId, api.editing);
  api.commitEditing(withCell(api.editing, rowId, column.key, !(cell === true)));
}

function rowText(api: GridApi, rowId: number, cols: GridColumn[]): string {
  return cols.map((c) => {
    const value = valueAt(c, rowId, api.editing);
    return value.cell === null ? "" : textOf(c, value, rowId);
  }).join("\t");
}

// What Ctrl+C copies: the selected rows or columns as tab-separated text, else the active cell.
export function copyText(api: GridApi): string | null {
  const dataCols = api.columns;
  if (api.selectedRows.length) {
    return api.selectedRows.map((rowId) => rowText(api, rowId, dataCols)).join("\n");
  }
  if (api.selectedColumns.length) {
    const cols = dataCols.filter((c) => api.selectedColumns.includes(c.key));
    const lines = [cols.map((c) => c.title).join("\t")];
    for (let i = 0; i < api.rows.length; i++) lines.push(rowText(api, api.rows.at(i), cols));
    return lines.join("\n");
  }
  const { row, col } = api.active;
  const column = dataCols[col];
  if (!column) return null;
  if (row < 0) return column.title;
  return rowText(api, api.rows.at(row), [column]);
}
