// st.date_input: a text field in the widget's format (typing a date and pressing Enter works)
// and a calendar button that opens a keyboard-operable month grid. ArrowDown in the field
// opens it too. A range takes two picks; closing after one sends just the start, as Streamlit.
import { useRef, useState } from "preact/hooks";
import type { DateInputNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { Calendar, parseWire, wireDate } from "./calendar";
import { WidgetLabel, domId, hiddenLabel, useWidgetValue } from "./common";

const RANGE_SEPARATOR = " – ";

// "YYYY/MM/DD" (wire) -> the widget's format, e.g. "DD.MM.YYYY".
export function formatDate(wire: string, format: string): string {
  const [y, m, d] = wire.split("/");
  return format.replace("YYYY", y).replace("MM", m).replace("DD", d);
}

// Typed text in the widget's format -> "YYYY/MM/DD", or null if it is not a real date.
export function parseDate(text: string, format: string): string | null {
  const order = format.split(/[/.-]/);
  const parts = text.trim().split(/[/.\-\s]+/);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p))) return null;
  const get = (token: string) => Number(parts[order.indexOf(token)]);
  const [y, m, d] = [get("YYYY"), get("MM"), get("DD")];
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1) return null;
  const wire = `${String(y).padStart(4, "0")}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}`;
  return wireDate(parseWire(wire)) === wire ? wire : null; // rejects 31 April
}

function DateInput({ node, eventSeq }: ElementProps<DateInputNode>) {
  const { value, commit } = useWidgetValue<string[]>(node, eventSeq, node.value);
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState<string | null>(null); // a range's start, picked
  const [draft, setDraft] = useState<string | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const id = domId(node.id);
  const shown = value.map((d) => formatDate(d, node.format)).join(RANGE_SEPARATOR);

  const send = (days: string[]) => {
    const sorted = [...days].sort();
    if (sorted.join() !== value.join()) commit(sorted);
  };
  const close = (focusField = true) => {
    if (pending !== null) send([pending]);
    setPending(null);
    setOpen(false);
    if (focusField) fieldRef.current?.focus();
  };
  const pick = (day: string) => {
    if (!node.is_range) {
      send([day]);
      setOpen(false);
      fieldRef.current?.focus();
    } else if (pending === null) {
      setPending(day);
    } else {
      send([pending, day]);
      setPending(null);
      setOpen(false);
      fieldRef.current?.focus();
    }
  };
  const typed = () => {
    if (draft === null) return;
    setDraft(null);
    const pieces = draft.trim() === "" ? [] : draft.split(/\s+[–—-]\s+/);
    const days = pieces.map((p) => parseDate(p, node.format));
    const valid = days.every((d) => d !== null && d >= node.min && d <= node.max) && days.length <= (node.is_range ? 2 : 1);
    if (valid && (days.length > 0 || node.is_range || node.clearable)) send(days as string[]);
  };
  const today = wireDate(new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), new Date().getDate())));
  const selected = pending !== null ? [pending] : value;
  return (
    <div class="aw-date-input" data-testid="date_input"
         onFocusOut={(e) => {
           const next = (e as FocusEvent).relatedTarget as Node | null;
           if (open && next && !(e.currentTarget as HTMLElement).contains(next)) close(false);
         }}>
      <WidgetLabel node={node} htmlFor={id} />
      <div class="aw-date-row">
        <input
          id={id}
          ref={fieldRef}
          type="text"
          value={draft ?? shown}
          placeholder={node.format + (node.is_range ? RANGE_SEPARATOR + node.format : "")}
          disabled={node.disabled}
          aria-label={hiddenLabel(node)}
          aria-haspopup="dialog"
          autocomplete="off"
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") typed();
            else if (e.key === "Escape") setDraft(null);
            else if (e.key === "ArrowDown" && !open) {
              e.preventDefault();
              setOpen(true);
            }
          }}
          onBlur={typed}
        />
        {node.clearable && value.length > 0 && !node.disabled && (
          <button type="button" class="aw-date-button" aria-label={`Clear: ${node.label}`} onClick={() => commit([])}>
            ×
          </button>
        )}
        <button type="button" class="aw-date-button" disabled={node.disabled} aria-expanded={open}
                aria-label={`Choose date: ${node.label}`} onClick={() => (open ? close() : setOpen(true))}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
            <rect x="3.5" y="5" width="17" height="15" rx="2" />
            <path d="M3.5 10h17M8 3v4M16 3v4" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {open && (
        <Calendar
          initial={selected[selected.length - 1] ?? today}
          selected={selected}
          min={node.min}
          max={node.max}
          label={node.label}
          onPick={pick}
          onClose={close}
        />
      )}
    </div>
  );
}

registerElement<DateInputNode>("date_input", DateInput);
