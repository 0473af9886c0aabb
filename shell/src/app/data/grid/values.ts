// Edited values: the JSON the editing state holds (as Streamlit's frontend sends it: numbers,
// strings, booleans, null, ISO strings for dates and times, lists) <-> grid cells and the
// values of native <input> editors.
import type { Cell } from "../../frames/columns";
import type { GridColumn } from "./model";

const pad = (n: number, w = 2) => String(Math.trunc(n)).padStart(w, "0");

function isoParts(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "");
}

export function cellFromJson(value: unknown, col: GridColumn): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    switch (col.kind) {
      case "timestamp": {
        const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(value);
        const t = Date.parse(zoned ? value : value.replace(" ", "T") + "Z");
        return Number.isNaN(t) ? value : t;
      }
      case "date": {
        const t = Date.parse(value.slice(0, 10) + "T00:00:00Z");
        return Number.isNaN(t) ? value : t;
      }
      case "time": {
        const m = /^(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?/.exec(value);
        if (!m) return value;
        return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000 + Number((m[4] ?? "0").padEnd(3, "0").slice(0, 3));
      }
      case "int": case "float": {
        const n = Number(value);
        return value.trim() !== "" && Number.isFinite(n) ? n : value;
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => (v === null ? null : typeof v === "object" ? String(v) : v)) as Cell[];
  if (typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export function cellToJson(cell: Cell, col: GridColumn): unknown {
  if (cell === null) return null;
  if (typeof cell === "number") {
    // A tz-aware column gets an instant (UTC); a naive one its wall-clock time.
    if (col.kind === "timestamp") return isoParts(cell) + (col.spec.zone ? "Z" : "");
    if (col.kind === "date") return isoParts(cell).slice(0, 10);
    if (col.kind === "time") return isoParts(cell).slice(11, 23);
    return cell;
  }
  if (typeof cell === "bigint") return Number(cell);
  if (cell instanceof Uint8Array) return null;
  return cell;
}

export type EditorKind = "number" | "text" | "checkbox" | "select" | "date" | "time" | "datetime-local";

export function editorKind(col: GridColumn): EditorKind {
  switch (col.columnType) {
    case "number": case "progress": return "number";
    case "checkbox": return "checkbox";
    case "selectbox": return "select";
    case "date": return "date";
    case "time": return "time";
    case "datetime": return "datetime-local";
    default: return "text";
  }
}

// The <input> value for a cell.
export function inputValue(cell: Cell, kind: EditorKind): string {
  if (cell === null) return "";
  if (typeof cell === "number") {
    if (kind === "date") return isoParts(cell).slice(0, 10);
    if (kind === "time") return isoParts(cell).slice(11, 19);
    if (kind === "datetime-local") return isoParts(cell).slice(0, 19);
    return String(cell);
  }
  return String(cell);
}

// The cell for an <input> value ("" is a null; a number column rejects text).
export function parseInput(text: string, kind: EditorKind, col: GridColumn): { ok: boolean; cell: Cell } {
  if (text === "") return { ok: true, cell: null };
  switch (kind) {
    case "number": {
      const n = Number(text);
      if (!Number.isFinite(n)) return { ok: false, cell: null };
      const min = col.typeConfig.min_value as number | undefined;
      const max = col.typeConfig.max_value as number | undefined;
      if ((min !== undefined && min !== null && n < min) || (max !== undefined && max !== null && n > max)) return { ok: false, cell: null };
      return { ok: true, cell: col.kind === "int" && !Number.isInteger(n) ? Math.round(n) : n };
    }
    case "date": return { ok: true, cell: Date.parse(text + "T00:00:00Z") };
    case "time": return { ok: true, cell: cellFromJson(text, col) };
    case "datetime-local": return { ok: true, cell: Date.parse(text + (text.length === 16 ? ":00Z" : "Z")) };
    default: {
      const pattern = col.typeConfig.validate as string | undefined;
      if (pattern) {
        try {
          if (!new RegExp(pattern).test(text)) return { ok: false, cell: null };
        } catch {
          /* an invalid pattern validates nothing, as in Streamlit */
        }
      }
      const max = col.typeConfig.max_chars as number | undefined;
      return { ok: true, cell: max ? text.slice(0, max) : text };
    }
  }
}

export function clockText(ms: number): string {
  return `${pad(ms / 3600000)}:${pad((ms / 60000) % 60)}`;
}
