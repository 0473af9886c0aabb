// Cell text: Streamlit's defaults per data kind, printf-style number formats and momentJS-style
// date formats from st.column_config, and time zones for tz-aware timestamps.
import type { Cell, Kind } from "../../frames/columns";
import { formatMoment, sprintf } from "../../format";

export const NULL_TEXT = "None";

const NAMED_NUMBER: Record<string, Intl.NumberFormatOptions> = {
  plain: { useGrouping: false, maximumFractionDigits: 20 },
  localized: {},
  dollar: { style: "currency", currency: "USD" },
  euro: { style: "currency", currency: "EUR" },
  yen: { style: "currency", currency: "JPY" },
  percent: { style: "percent", maximumFractionDigits: 2 },
  compact: { notation: "compact" },
  scientific: { notation: "scientific" },
  engineering: { notation: "engineering" },
  accounting: { style: "currency", currency: "USD", currencySign: "accounting" },
};

// Making an Intl formatter costs ~50x more than using one: one per format, made once.
const numberFormats = new Map<string, Intl.NumberFormat>();
function namedNumberFormat(format: string): Intl.NumberFormat | null {
  const options = NAMED_NUMBER[format];
  if (!options) return null;
  let formatter = numberFormats.get(format);
  if (!formatter) numberFormats.set(format, (formatter = new Intl.NumberFormat(undefined, options)));
  return formatter;
}

const LOCALIZED: Record<"date" | "time" | "datetime", Intl.DateTimeFormatOptions> = {
  date: { timeZone: "UTC", dateStyle: "medium" },
  time: { timeZone: "UTC", timeStyle: "medium" },
  datetime: { timeZone: "UTC", dateStyle: "medium", timeStyle: "medium" },
};
const localizedFormats = new Map<string, Intl.DateTimeFormat>();
function localized(kind: "date" | "time" | "datetime", wall: number): string {
  let formatter = localizedFormats.get(kind);
  if (!formatter) localizedFormats.set(kind, (formatter = new Intl.DateTimeFormat(undefined, LOCALIZED[kind])));
  return formatter.format(new Date(wall));
}

// Default float text: up to 4 decimals, trailing zeros trimmed (1.5, 0.1235, 3).
function defaultFloat(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  const fixed = Math.abs(v) >= 1e-4 || v === 0 ? v.toFixed(4).replace(/\.?0+$/, "") : v.toExponential(4);
  return fixed === "-0" ? "0" : fixed;
}

export function formatNumber(v: number | bigint, format: string | undefined, isInt: boolean): string {
  if (typeof v === "bigint") return format && !format.includes("%") ? v.toLocaleString() : v.toString();
  if (format) {
    const named = namedNumberFormat(format);
    if (named) return named.format(v);
    if (format.includes("%")) return sprintf(format, v);
  }
  return isInt ? String(v) : defaultFloat(v);
}

const pad = (n: number, w = 2) => String(Math.trunc(n)).padStart(w, "0");

// Offset of a time zone (IANA name or "+01:00") at an instant. Asking Intl is slow (a
// million cells took seconds), so offsets are remembered per hour: an hour whose first and
// last second have the same offset has it throughout (no zone changes twice within an hour);
// an hour with a change in it (at 00:01 local in some zones) is asked per cell.
const HOUR_MS = 3_600_000;
const MAX_REMEMBERED = 200_000;
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
const zoneOffsets = new Map<string, Map<number, number | null>>();
function zoneOffsetMs(ms: number, zone: string): number {
  let known = zoneOffsets.get(zone);
  if (!known) zoneOffsets.set(zone, (known = new Map()));
  const hour = Math.floor(ms / HOUR_MS);
  let offset = known.get(hour);
  if (offset === undefined) {
    const start = askZoneOffset(hour * HOUR_MS, zone);
    offset = askZoneOffset((hour + 1) * HOUR_MS - 1, zone) === start ? start : null;
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(hour, offset);
  }
  return offset ?? askZoneOffset(ms, zone);
}

function askZoneOffset(ms: number, zone: string): number {
  const fixed = /^([+-])(\d\d):?(\d\d)$/.exec(zone);
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3])) * 60000;
  let f = zoneFormatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat("en-US", {
        timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
        hour: "2-digit", minute: "2-digit", second: "2-digit",
      });
    } catch {
      return 0;
    }
    zoneFormatters.set(zone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(Math.floor(ms / 1000) * 1000))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

const offsetTexts = new Map<number, string>();
function offsetText(offsetMs: number): string {
  let text = offsetTexts.get(offsetMs);
  if (text === undefined) {
    const m = Math.round(offsetMs / 60000);
    text = `${m < 0 ? "-" : "+"}${pad(Math.abs(m) / 60)}:${pad(Math.abs(m) % 60)}`;
    offsetTexts.set(offsetMs, text);
  }
  return text;
}

// Years 1 to 9999, where toISOString has the plain YYYY-MM-DDTHH:mm:ss.sssZ shape.
const FIRST_ISO_MS = -62135596800000;
const END_ISO_MS = 253402300800000;

const DAY_MS = 86_400_000;
const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));

// YYYY-MM-DD of a day number (days since 1970-01-01), by arithmetic on the proleptic Gregorian
// calendar (H. Hinnant's civil_from_days): no Date object per cell.
function dayText(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, "0") : y}-${PAD2[m]}-${PAD2[d]}`;
}

function clockText(msOfDay: number, withMillis: boolean): string {
  const clock = `${PAD2[Math.floor(msOfDay / 3_600_000)]}:${PAD2[Math.floor(msOfDay / 60_000) % 60]}:${PAD2[Math.floor(msOfDay / 1000) % 60]}`;
  return withMillis ? `${clock}.${String(msOfDay % 1000).padStart(3, "0")}` : clock;
}

export function formatTemporal(ms: number, kind: Kind, format: string | undefined, zone: string | null): string {
  if (kind === "duration") return formatDuration(ms);
  let wall = ms;
  let suffix = "";
  if (kind === "timestamp" && zone) {
    const offset = zoneOffsetMs(ms, zone);
    wall = ms + offset;
    suffix = offsetText(offset);
  }
  if (format === "iso8601") {
    const iso = new Date(wall).toISOString().replace("Z", "");
    if (kind === "date") return iso.slice(0, 10);
    if (kind === "time") return iso.slice(11, 23);
    return iso + suffix;
  }
  if (format === "localized") return localized(kind === "date" || kind === "time" ? kind : "datetime", wall);
  if (format && format !== "distance" && format !== "calendar") return formatMoment(format.replace(/Z+/g, `[${suffix}]`), wall * 1000);
  const fraction = wall % 1000 !== 0 ? ".SSS" : "";
  if (wall >= FIRST_ISO_MS && wall < END_ISO_MS) {
    // The default formats, built from numbers: many times faster than the token formatter,
    // which matters when a million cells are searched or exported.
    const day = Math.floor(wall / DAY_MS);
    const clock = clockText(Math.floor(wall - day * DAY_MS), fraction !== "");
    return (kind === "date" ? dayText(day) : kind === "time" ? clock : `${dayText(day)} ${clock}`) + suffix;
  }
  const base = kind === "date" ? "YYYY-MM-DD" : kind === "time" ? `HH:mm:ss${fraction}` : `YYYY-MM-DD HH:mm:ss${fraction}`;
  return formatMoment(base, wall * 1000) + suffix;
}

// pandas-like: "1 days 02:03:04", "-1 days +23:59:57".
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  const total = Math.abs(ms);
  const days = Math.floor(total / 86400000);
  let rest = total - days * 86400000;
  const h = Math.floor(rest / 3600000);
  rest -= h * 3600000;
  const m = Math.floor(rest / 60000);
  rest -= m * 60000;
  const s = Math.floor(rest / 1000);
  const frac = rest - s * 1000;
  const clock = `${pad(h)}:${pad(m)}:${pad(s)}${frac ? "." + String(Math.round(frac * 1000)).padStart(6, "0").replace(/0+$/, "") : ""}`;
  return `${negative ? "-" : ""}${days} days ${clock}`;
}

export interface FormatSpec {
  kind: Kind;
  format?: string;
  zone: string | null;
  columnType: string;
}

// The text of a cell (lists joined, bytes shown like Python's repr, nulls as "None").
export function formatCell(cell: Cell, spec: FormatSpec): string {
  if (cell === null || cell === undefined) return NULL_TEXT;
  if (Array.isArray(cell)) return cell.map((c) => formatCell(c, { ...spec, kind: inferKind(c) })).join(", ");
  if (cell instanceof Uint8Array) return `b'${Array.from(cell, (b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`)).join("")}'`;
  if (typeof cell === "boolean") return cell ? "true" : "false";
  const kind = spec.kind;
  if (kind === "timestamp" || kind === "date" || kind === "time" || kind === "duration") {
    return typeof cell === "number" ? formatTemporal(cell, kind, spec.format, spec.zone) : String(cell);
  }
  if (typeof cell === "number" || typeof cell === "bigint") {
    if (spec.columnType === "progress" && spec.format === undefined) return `${formatNumber(cell, undefined, false)}`;
    return formatNumber(cell, spec.format, kind === "int");
  }
  if (kind === "decimal" && spec.format && spec.format.includes("%")) return sprintf(spec.format, Number(cell));
  return String(cell);
}

function inferKind(c: Cell): Kind {
  if (typeof c === "number") return Number.isInteger(c) ? "int" : "float";
  if (typeof c === "boolean") return "bool";
  return "string";
}
