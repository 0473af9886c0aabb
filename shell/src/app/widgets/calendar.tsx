// A month grid for st.date_input (the WAI-ARIA date picker dialog pattern): one focusable day at
// a time; arrows move by day and week, Home/End to the week's ends, PageUp/PageDown by month
// (with Shift: by year), Enter or Space picks, Escape closes. Days outside [min, max] are
// disabled. Dates are "YYYY/MM/DD" strings, compared as strings (they sort as dates).
import { useLayoutEffect, useRef, useState } from "preact/hooks";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function wireDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
}

export function parseWire(text: string): Date {
  const [y, m, d] = text.split("/").map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y); // years before 100 stay as they are
  return date;
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function addMonths(d: Date, months: number): Date {
  const target = new Date(d.getTime());
  const day = d.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target;
}

export interface CalendarProps {
  // The focused day when the calendar opens.
  initial: string;
  // Picked days (a range shows everything between the two).
  selected: string[];
  min: string;
  max: string;
  label: string;
  onPick(day: string): void;
  onClose(): void;
}

export function Calendar({ initial, selected, min, max, label, onPick, onClose }: CalendarProps) {
  const clamp = (d: string) => (d < min ? min : d > max ? max : d);
  const [focus, setFocus] = useState(clamp(initial));
  const gridRef = useRef<HTMLTableElement>(null);
  const focusDate = parseWire(focus);
  const year = focusDate.getUTCFullYear();
  const month = focusDate.getUTCMonth();

  // Layout effect: the day has focus before the next key press arrives.
  useLayoutEffect(() => {
    gridRef.current?.querySelector<HTMLElement>("[tabindex='0']")?.focus();
  }, [focus]);

  const move = (next: Date) => setFocus(clamp(wireDate(next)));
  const onKeyDown = (e: KeyboardEvent) => {
    const dow = focusDate.getUTCDay();
    const keys: Record<string, () => void> = {
      ArrowLeft: () => move(addDays(focusDate, -1)),
      ArrowRight: () => move(addDays(focusDate, 1)),
      ArrowUp: () => move(addDays(focusDate, -7)),
      ArrowDown: () => move(addDays(focusDate, 7)),
      Home: () => move(addDays(focusDate, -dow)),
      End: () => move(addDays(focusDate, 6 - dow)),
      PageUp: () => move(addMonths(focusDate, e.shiftKey ? -12 : -1)),
      PageDown: () => move(addMonths(focusDate, e.shiftKey ? 12 : 1)),
      Enter: () => onPick(focus),
      " ": () => onPick(focus),
      Escape: () => onClose(),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      e.stopPropagation();
      action();
    }
  };

  const first = new Date(Date.UTC(2000, month, 1));
  first.setUTCFullYear(year);
  const start = addDays(first, -first.getUTCDay());
  const weeks: Date[][] = [];
  for (let w = 0; w < 6; w++) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, w * 7 + i)));
  }
  const [low, high] = selected.length === 2 ? selected : [selected[0], selected[0]];
  const canPrev = wireDate(addMonths(first, -1)).slice(0, 7) >= min.slice(0, 7);
  const canNext = wireDate(addMonths(first, 1)).slice(0, 7) <= max.slice(0, 7);
  const headingId = `aw-cal-${label.replace(/\W/g, "")}-${year}-${month}`;
  return (
    <div class="aw-calendar" role="dialog" aria-modal="false" aria-label={`Choose a date: ${label}`} onKeyDown={onKeyDown}>
      <div class="aw-calendar-head">
        <button type="button" aria-label="Previous month" disabled={!canPrev} onClick={() => move(addMonths(focusDate, -1))}>‹</button>
        <span id={headingId} aria-live="polite">{MONTHS[month]} {year}</span>
        <button type="button" aria-label="Next month" disabled={!canNext} onClick={() => move(addMonths(focusDate, 1))}>›</button>
      </div>
      <table role="grid" ref={gridRef} aria-labelledby={headingId}>
        <thead>
          <tr>{WEEKDAYS.map((d, i) => <th key={d} scope="col" abbr={WEEKDAY_NAMES[i]}>{d}</th>)}</tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day) => {
                const key = wireDate(day);
                const outside = key < min || key > max;
                const picked = selected.includes(key);
                const between = low !== undefined && key > low && key < high;
                return (
                  <td
                    key={key}
                    role="gridcell"
                    tabIndex={key === focus ? 0 : -1}
                    aria-selected={picked}
                    aria-disabled={outside || undefined}
                    aria-label={`${WEEKDAY_NAMES[day.getUTCDay()]}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`}
                    class={`aw-day${day.getUTCMonth() !== month ? " aw-other-month" : ""}${picked ? " aw-selected" : ""}${between ? " aw-between" : ""}`}
                    onClick={() => {
                      if (outside) return;
                      setFocus(key);
                      onPick(key);
                    }}
                  >
                    {day.getUTCDate()}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
