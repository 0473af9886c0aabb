// Columns of a frame as typed-array views (no copy, no parsing): the renderer's reader of the
// wire format written by runtime_wasm/frames/codec.py. A Table joins the chunks add_rows sent.
import type { ArrowType, FrameColumnSchema, FrameRef } from "../../protocol.gen";
import { getFrames, type RawFrame } from "./frame";

// A cell's value as the grid uses it. Temporal values are milliseconds (timestamps: since the
// epoch, UTC; dates: UTC midnight; times: since midnight; durations: length), decimals are
// exact strings, 64-bit integers beyond 2^53 stay bigint.
export type Cell = null | number | bigint | string | boolean | Uint8Array | Cell[];

export type Kind =
  | "int" | "float" | "bool" | "string" | "binary" | "timestamp" | "date" | "time" | "duration"
  | "decimal" | "list" | "null";

const decoder = new TextDecoder();
const UNIT_PER_MS: Record<string, number> = { SECOND: 1e-3, MILLISECOND: 1, MICROSECOND: 1e3, NANOSECOND: 1e6 };

function kindOf(type: ArrowType): Kind {
  switch (type.name) {
    case "int": return "int";
    case "floatingpoint": return "float";
    case "bool": return "bool";
    case "utf8": case "largeutf8": return "string";
    case "binary": return "binary";
    case "timestamp": return "timestamp";
    case "date": return "date";
    case "time": return "time";
    case "duration": return "duration";
    case "decimal": return "decimal";
    case "list": return "list";
    default: return "null";
  }
}

function intArray(buffer: ArrayBuffer, bits: number, signed: boolean): ArrayLike<number | bigint> {
  switch (bits) {
    case 8: return signed ? new Int8Array(buffer) : new Uint8Array(buffer);
    case 16: return signed ? new Int16Array(buffer) : new Uint16Array(buffer);
    case 32: return signed ? new Int32Array(buffer) : new Uint32Array(buffer);
    default: return signed ? new BigInt64Array(buffer) : new BigUint64Array(buffer);
  }
}

function toNumber(v: number | bigint): number | bigint {
  if (typeof v === "number") return v;
  return v <= 9007199254740991n && v >= -9007199254740991n ? Number(v) : v;
}

function decimalString(bytes: Uint8Array, offset: number, scale: number): string {
  let v = 0n;
  for (let i = 15; i >= 0; i--) v = (v << 8n) | BigInt(bytes[offset + i]);
  if (bytes[offset + 15] & 0x80) v -= 1n << 128n;
  const negative = v < 0n;
  let digits = (negative ? -v : v).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, "0");
    digits = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  }
  return negative ? `-${digits}` : digits;
}

// One column of one frame.
export class Column {
  readonly name: string;
  readonly role: string;
  readonly target: number | undefined;
  readonly type: ArrowType;
  readonly kind: Kind;
  readonly length: number;
  readonly nullCount: number;
  readonly validity: Uint8Array | null;
  readonly values: ArrayLike<number | bigint> | null = null;
  readonly bytes: Uint8Array | null = null;
  readonly offsets: Int32Array | BigInt64Array | null = null;
  readonly dictionary: Column | null = null;
  readonly ordered: boolean = false;
  readonly child: Column | null = null;
  readonly range: { start: number; step: number } | null;
  private readonly perMs: number;

  constructor(schema: FrameColumnSchema, buffers: ArrayBuffer[]) {
    this.name = schema.name ?? "";
    this.role = schema.role ?? "data";
    this.target = schema.target;
    this.type = schema.type ?? { name: "null" };
    this.kind = kindOf(this.type);
    this.length = schema.length ?? 0;
    this.nullCount = schema.null_count ?? 0;
    this.range = schema.range ?? null;
    const buf = (i: number | null | undefined) => (i === null || i === undefined ? null : buffers[i]);
    const validity = buf(schema.validity);
    this.validity = validity && this.nullCount ? new Uint8Array(validity) : null;
    this.perMs = UNIT_PER_MS[this.type.unit ?? "MILLISECOND"] ?? 1;
    const data = buf(schema.data);
    const offsets = buf(schema.offsets);
    if (offsets) this.offsets = this.type.name === "largeutf8" ? new BigInt64Array(offsets) : new Int32Array(offsets);
    if (schema.dictionary) {
      this.dictionary = new Column(schema.dictionary.values, buffers);
      this.ordered = schema.dictionary.isOrdered;
      const it = schema.dictionary.indexType;
      if (data) this.values = intArray(data, it.bitWidth ?? 32, it.isSigned ?? true);
      this.kind = this.dictionary.kind;
    } else if (data) {
      const t = this.type;
      if (t.name === "int") this.values = intArray(data, t.bitWidth ?? 64, t.isSigned ?? true);
      else if (t.name === "floatingpoint") this.values = t.precision === "SINGLE" ? new Float32Array(data) : new Float64Array(data);
      else if (t.name === "date") this.values = new Int32Array(data);
      else if (["timestamp", "duration", "time"].includes(t.name ?? "")) this.values = new BigInt64Array(data);
      else this.bytes = new Uint8Array(data);
    }
    if (schema.children?.length) this.child = new Column(schema.children[0], buffers);
  }

  isNull(i: number): boolean {
    if (this.kind === "null" && !this.range) return true;
    const v = this.validity;
    return v !== null && (v[i >> 3] & (1 << (i & 7))) === 0;
  }

  // The dictionary code of row i (dictionary-encoded columns only).
  code(i: number): number {
    return Number(this.values![i]);
  }

  get(i: number): Cell {
    if (this.range) return this.range.start + this.range.step * i;
    if (this.isNull(i)) return null;
    if (this.dictionary) return this.dictionary.get(this.code(i));
    switch (this.kind) {
      case "int": return toNumber(this.values![i]);
      case "float": return this.values![i] as number;
      case "bool": return (this.bytes![i >> 3] & (1 << (i & 7))) !== 0;
      case "string": case "binary": {
        const o = this.offsets!;
        const slice = this.bytes!.subarray(Number(o[i]), Number(o[i + 1]));
        return this.kind === "string" ? decoder.decode(slice) : slice;
      }
      case "timestamp": case "duration": case "time":
        return Number(this.values![i]) / this.perMs;
      case "date": return (this.values![i] as number) * 86400000;
      case "decimal": return decimalString(this.bytes!, i * 16, this.type.scale ?? 0);
      case "list": {
        const o = this.offsets!;
        const out: Cell[] = [];
        for (let k = Number(o[i]); k < Number(o[i + 1]); k++) out.push(this.child!.get(k));
        return out;
      }
      default: return null;
    }
  }
}

// A column across the chunks of a table (one chunk unless add_rows appended some).
export class TableColumn {
  constructor(readonly chunks: Column[], readonly starts: number[]) {}

  get first(): Column {
    return this.chunks[0];
  }

  locate(row: number): [Column, number] {
    if (this.chunks.length === 1) return [this.chunks[0], row];
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= row) lo = mid;
      else hi = mid - 1;
    }
    return [this.chunks[lo], row - this.starts[lo]];
  }

  get(row: number): Cell {
    const [c, i] = this.locate(row);
    return c.get(i);
  }

  isNull(row: number): boolean {
    const [c, i] = this.locate(row);
    return c.isNull(i);
  }
}

export interface Table {
  numRows: number;
  index: TableColumn[];
  data: TableColumn[];
  // Styler extras, by data column position.
  display: Map<number, TableColumn>;
  style: Map<number, TableColumn>;
  styles: Array<Record<string, string>>;
}

const tables = new WeakMap<RawFrame, Column[]>();

function columnsOf(frame: RawFrame): Column[] {
  let cols = tables.get(frame);
  if (!cols) {
    cols = (frame.schema.columns ?? []).map((c) => new Column(c, frame.buffers));
    tables.set(frame, cols);
  }
  return cols;
}

// The table an element shows: its frames' columns joined chunk by chunk (null if missing).
export function tableOf(refs: readonly FrameRef[]): Table | null {
  const frames = getFrames(refs);
  if (!frames || frames.length === 0) return null;
  const perFrame = frames.map(columnsOf);
  const starts: number[] = [];
  let total = 0;
  for (const f of frames) {
    starts.push(total);
    total += f.schema.num_rows ?? 0;
  }
  const joined = perFrame[0].map((_, i) => new TableColumn(perFrame.map((cols) => cols[i]), starts));
  const table: Table = { numRows: total, index: [], data: [], display: new Map(), style: new Map(), styles: frames[0].schema.styles ?? [] };
  for (const col of joined) {
    const role = col.first.role;
    if (role === "index") table.index.push(col);
    else if (role === "data") table.data.push(col);
    else if (role === "display") table.display.set(col.first.target ?? -1, col);
    else if (role === "style") table.style.set(col.first.target ?? -1, col);
  }
  return table;
}
