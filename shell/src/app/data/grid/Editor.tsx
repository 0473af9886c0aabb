// The cell editor of st.data_editor: a native control per column type (number, text, select,
// date, time, datetime-local) laid over the cell. Enter or Tab commits (and moves), Escape
// cancels; a value the column rejects (min/max, validate, not a number) is marked invalid.
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import type { EditingState } from "../../../protocol.gen";
import type { GridColumn } from "./model";
import { valueAt, withCell } from "./rows";
import { cellToJson, editorKind, inputValue, parseInput } from "./values";

export function Editor({ col, rowId, editing, initial, style, onDone }: {
  col: GridColumn;
  rowId: number;
  editing: EditingState;
  initial: string | null;
  style: Record<string, string>;
  onDone: (state: EditingState | null, move: number) => void;
}) {
  const kind = editorKind(col);
  const { cell } = valueAt(col, rowId, editing);
  const [text, setText] = useState(initial ?? inputValue(cell, kind));
  const [invalid, setInvalid] = useState(false);
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);
  const done = useRef(false);

  // Focus before the next key press arrives (a layout effect runs right after the render).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    if (initial === null && el instanceof HTMLInputElement && kind === "text") el.select();
  }, []);

  const commit = (move: number) => {
    if (done.current) return;
    const parsed = kind === "select" ? { ok: true, cell: text === "" ? null : text } : parseInput(text, kind, col);
    if (!parsed.ok || (parsed.cell === null && col.config.required)) {
      setInvalid(true);
      return;
    }
    done.current = true;
    const value = kind === "select" ? selectValue(text, col) : cellToJson(parsed.cell, col);
    onDone(withCell(editing, rowId, col.key, value), move);
  };
  const cancel = () => {
    if (done.current) return;
    done.current = true;
    onDone(null, 0);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === "Enter") {
      e.preventDefault();
      commit(1);
    } else if (e.key === "Tab") {
      e.preventDefault();
      commit(0);
    } else if (e.key === "Escape") {
      e.preventDefault();
      cancel();
    }
  };
  const common = {
    ref, class: `aw-grid-editor${invalid ? " aw-invalid" : ""}`, style, "aria-label": `Edit ${col.title}`,
    "aria-invalid": invalid, onKeyDown, onBlur: () => commit(0),
  };
  if (kind === "select") {
    return (
      <select {...common} value={text} onChange={(e) => setText((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">None</option>
        {(col.options ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  }
  const tc = col.typeConfig;
  return (
    <input {...common} type={kind} value={text}
      step={kind === "number" ? String(tc.step ?? (col.kind === "int" ? 1 : "any")) : kind === "time" || kind === "datetime-local" ? "1" : undefined}
      min={kind === "number" && tc.min_value !== undefined ? String(tc.min_value) : undefined}
      max={kind === "number" && tc.max_value !== undefined ? String(tc.max_value) : undefined}
      maxLength={typeof tc.max_chars === "number" ? tc.max_chars : undefined}
      onInput={(e) => { setInvalid(false); setText((e.currentTarget as HTMLInputElement).value); }} />
  );
}

// Select options are shown as text; send the option's own value (numbers stay numbers).
function selectValue(text: string, col: GridColumn): unknown {
  if (text === "") return null;
  const raw = Array.isArray(col.typeConfig.options) ? (col.typeConfig.options as unknown[]).find((o) => String(o) === text) : undefined;
  return raw ?? text;
}
