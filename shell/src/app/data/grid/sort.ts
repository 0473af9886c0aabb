// Sorting a column of any size: each row gets a 64-bit key that orders like its value, and a
// stable LSD radix sort (4 passes of 16 bits) orders the row numbers. A million rows sort in
// tens of milliseconds. Strings use their first 8 UTF-8 bytes as the key, then equal keys are
// ordered by comparing the remaining bytes. Nulls go last in both directions.
import type { Column, TableColumn } from "../../frames/columns";

interface Keys {
  rows: Uint32Array;
  hi: Uint32Array;
  lo: Uint32Array;
  nulls: number[];
}

function dictionaryRanks(dict: Column, ordered: boolean): Uint32Array {
  const n = dict.length;
  const order = Array.from({ length: n }, (_, i) => i);
  if (!ordered) {
    const values = order.map((i) => dict.get(i));
    order.sort((a, b) => {
      const x = values[a];
      const y = values[b];
      if (x === y) return a - b;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    });
  }
  const ranks = new Uint32Array(n);
  order.forEach((code, rank) => (ranks[code] = rank));
  return ranks;
}

const f64 = new Float64Array(1);
const f64bits = new Uint32Array(f64.buffer);

function floatKey(v: number, keys: Keys, k: number): void {
  f64[0] = v;
  let lo = f64bits[0];
  let hi = f64bits[1];
  if (hi & 0x80000000) {
    hi = ~hi;
    lo = ~lo;
  } else hi ^= 0x80000000;
  keys.hi[k] = hi >>> 0;
  keys.lo[k] = lo >>> 0;
}

function stringKey(bytes: Uint8Array, start: number, end: number, keys: Keys, k: number): void {
  let hi = 0;
  let lo = 0;
  for (let j = 0; j < 8; j++) {
    const b = start + j < end ? bytes[start + j] : 0;
    if (j < 4) hi = (hi << 8) | b;
    else lo = (lo << 8) | b;
  }
  keys.hi[k] = hi >>> 0;
  keys.lo[k] = lo >>> 0;
}

function buildKeys(col: TableColumn, n: number): Keys {
  const keys: Keys = { rows: new Uint32Array(n), hi: new Uint32Array(n), lo: new Uint32Array(n), nulls: [] };
  let k = 0;
  col.chunks.forEach((chunk, ci) => {
    const start = col.starts[ci];
    const ranks = chunk.dictionary ? dictionaryRanks(chunk.dictionary, chunk.ordered) : null;
    const values = chunk.values;
    const wide = values instanceof BigInt64Array || values instanceof BigUint64Array;
    const halves = wide ? new Uint32Array((values as BigInt64Array).buffer) : null;
    const signed = !(values instanceof BigUint64Array || values instanceof Uint32Array || values instanceof Uint16Array || values instanceof Uint8Array);
    for (let i = 0; i < chunk.length; i++) {
      const row = start + i;
      if (chunk.isNull(i)) {
        keys.nulls.push(row);
        continue;
      }
      keys.rows[k] = row;
      if (chunk.range) {
        floatKey(chunk.range.start + chunk.range.step * i, keys, k);
      } else if (ranks) {
        keys.hi[k] = ranks[chunk.code(i)];
      } else if (halves) {
        keys.hi[k] = (signed ? halves[2 * i + 1] ^ 0x80000000 : halves[2 * i + 1]) >>> 0;
        keys.lo[k] = halves[2 * i];
      } else if (chunk.kind === "float" || chunk.kind === "decimal") {
        floatKey(Number(chunk.get(i)), keys, k);
      } else if (chunk.kind === "string" || chunk.kind === "binary") {
        const o = chunk.offsets!;
        stringKey(chunk.bytes!, Number(o[i]), Number(o[i + 1]), keys, k);
      } else if (chunk.kind === "bool") {
        keys.hi[k] = chunk.get(i) ? 1 : 0;
      } else if (values) {
        const v = values[i] as number;
        keys.hi[k] = (signed ? v ^ 0x80000000 : v) >>> 0;
      } else {
        const text = String(chunk.get(i));
        floatKey(text.length ? text.charCodeAt(0) : 0, keys, k);
      }
      k++;
    }
  });
  keys.rows = keys.rows.subarray(0, k);
  keys.hi = keys.hi.subarray(0, k);
  keys.lo = keys.lo.subarray(0, k);
  return keys;
}

// Stable LSD radix sort of positions 0..n-1 by (hi, lo).
function radixOrder(hi: Uint32Array, lo: Uint32Array): Uint32Array {
  const n = hi.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let scratch = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (const [src, shift] of [[lo, 0], [lo, 16], [hi, 0], [hi, 16]] as Array<[Uint32Array, number]>) {
    counts.fill(0);
    let constant = true;
    const first = (src[0] >>> shift) & 0xffff;
    for (let i = 0; i < n; i++) {
      const d = (src[i] >>> shift) & 0xffff;
      counts[d]++;
      if (d !== first) constant = false;
    }
    if (constant) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const p = order[i];
      scratch[counts[(src[p] >>> shift) & 0xffff]++] = p;
    }
    [order, scratch] = [scratch, order];
  }
  return order;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

// The display order of the rows when sorting by `col` (row numbers into the table).
export function sortedRows(col: TableColumn, numRows: number, descending: boolean): Uint32Array {
  const keys = buildKeys(col, numRows);
  if (descending) {
    for (let i = 0; i < keys.hi.length; i++) {
      keys.hi[i] = ~keys.hi[i] >>> 0;
      keys.lo[i] = ~keys.lo[i] >>> 0;
    }
  }
  const order = radixOrder(keys.hi, keys.lo);
  const out = new Uint32Array(numRows);
  for (let i = 0; i < order.length; i++) out[i] = keys.rows[order[i]];
  const first = col.first;
  if ((first.kind === "string" || first.kind === "binary") && !first.dictionary) {
    // Equal 8-byte prefixes: order the run by the full bytes.
    const bytesOf = (row: number) => {
      const [c, i] = col.locate(row);
      const o = c.offsets!;
      return c.bytes!.subarray(Number(o[i]), Number(o[i + 1]));
    };
    const lengthOf = (row: number) => {
      const [c, i] = col.locate(row);
      return Number(c.offsets![i + 1]) - Number(c.offsets![i]);
    };
    let runStart = 0;
    for (let i = 1; i <= order.length; i++) {
      const same = i < order.length && keys.hi[order[i]] === keys.hi[order[i - 1]] && keys.lo[order[i]] === keys.lo[order[i - 1]];
      if (same) continue;
      if (i - runStart > 1) {
        // Strings of at most 8 bytes and the same length are equal: their key was all of them.
        const len = lengthOf(out[runStart]);
        let same = len <= 8;
        for (let k = runStart + 1; same && k < i; k++) same = lengthOf(out[k]) === len;
        if (!same) {
          const run = Array.from(out.subarray(runStart, i), (row) => ({ row, bytes: bytesOf(row) }));
          run.sort((a, b) => (descending ? -1 : 1) * compareBytes(a.bytes, b.bytes) || a.row - b.row);
          out.set(run.map((r) => r.row), runStart);
        }
      }
      runStart = i;
    }
  }
  out.set(keys.nulls, order.length);
  return out;
}
