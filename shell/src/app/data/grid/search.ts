// The grid's search: keeps the rows where any shown column's text contains the query (case
// folded), as the user sees it (formats and edits included). A million rows take a moment, so
// the scan runs in slices (sliced.ts), shows what it found so far, and a newer query cancels
// an older scan.
import { useEffect, useState } from "preact/hooks";
import type { EditingState } from "../../../protocol.gen";
import type { GridColumn } from "./model";
import { cellText } from "./model";
import { type RowList, textOf, valueAt } from "./rows";
import { runSliced } from "./sliced";


export interface SearchState {
  // Row ids that match, in display order; null when there is no query.
  matches: RowList | null;
  searching: boolean;
  // The query the matches are for (the state lags the input while a scan runs).
  query: string;
}

// Characters the default text of a column can have, by data kind: a query with any other
// character cannot match it, so the column is not formatted at all (a name searched in a
// frame of numbers and dates touches only its text columns).
const ALPHABETS: Partial<Record<string, string>> = {
  int: "0123456789-", float: "0123456789-.e+∞nan", decimal: "0123456789-.e+nan", bool: "truefals",
  timestamp: "0123456789-:. +", date: "0123456789-", time: "0123456789:.", duration: "0123456789-:. days+",
};

function mightContain(col: GridColumn, needle: string): boolean {
  const alphabet = ALPHABETS[col.kind];
  if (!alphabet || col.display || col.spec.format !== undefined) return true;
  for (const ch of needle) if (!alphabet.includes(ch)) return false;
  return true;
}

type CellTest = (rowId: number) => boolean;

// How one column is searched in rows nobody edited. A categorical column is matched once per
// category, then by its codes; any other column formats each cell as the grid shows it.
function columnTest(col: GridColumn, needle: string): CellTest {
  const source = col.source;
  const dictionary = source.chunks.length === 1 && !col.display ? source.first.dictionary : null;
  if (dictionary) {
    const chunk = source.first;
    const hits = new Uint8Array(dictionary.length);
    for (let k = 0; k < dictionary.length; k++) {
      const value = dictionary.get(k);
      hits[k] = value !== null && cellText(col, value, null).toLowerCase().includes(needle) ? 1 : 0;
    }
    return (rowId) => !chunk.isNull(rowId) && hits[chunk.code(rowId)] === 1;
  }
  return (rowId) => {
    const cell = source.get(rowId);
    return cell !== null && cellText(col, cell, rowId).toLowerCase().includes(needle);
  };
}

// Edited and added rows of the data editor: the cell's current value, as shown.
function editedCellMatches(col: GridColumn, rowId: number, editing: EditingState, needle: string): boolean {
  const value = valueAt(col, rowId, editing);
  return value.cell !== null && textOf(col, value, rowId).toLowerCase().includes(needle);
}

export function useRowSearch(query: string, rows: RowList, columns: GridColumn[], editing: EditingState | null): SearchState {
  const [state, setState] = useState<SearchState>({ matches: null, searching: false, query: "" });
  useEffect(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) {
      setState({ matches: null, searching: false, query: "" });
      return undefined;
    }
    const searched = columns.filter((col) => mightContain(col, needle));
    const tests = searched.map((col) => columnTest(col, needle));
    const matches = (rowId: number): boolean => {
      if (editing && (rowId < 0 || editing.edited_rows[String(rowId)])) {
        return searched.some((col) => editedCellMatches(col, rowId, editing, needle));
      }
      for (const test of tests) if (test(rowId)) return true;
      return false;
    };
    const found = new Int32Array(rows.length);
    let count = 0;
    const run = runSliced(rows.length, (from, to) => {
      for (let i = from; i < to; i++) {
        const rowId = rows.at(i);
        // Rows added in the editor stay in view: they are being typed into.
        if (rowId < 0 || matches(rowId)) found[count++] = rowId;
      }
    }, (_done, finished) => {
      const ids = found.subarray(0, count); // the rows found so far show while the scan goes on
      setState({ matches: { length: count, at: (i) => ids[i] }, searching: !finished, query: needle });
    });
    return run.cancel;
  }, [query, rows, columns, editing]);
  return state;
}
