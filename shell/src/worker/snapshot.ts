// Memory snapshots of a started interpreter, kept in Cache Storage.
//
// CPython's start-up is nearly all of Pyodide's boot time. On the first visit the worker starts
// Python with `_makeSnapshot`, imports the standard-library modules apps and the runtime use,
// and saves a snapshot of the interpreter's memory before any package is loaded (Pyodide cannot
// snapshot loaded packages). Repeat visits restore it, then load packages as usual.
// The snapshot is the same for every app built against the same Pyodide build, so it is keyed
// by that build, not by the app: all apps of an origin share one.

const CACHE_NAME = "appwasm-snapshots-v1";

// Modules worth having in memory from the start (the runtime's imports and common app imports).
export const WARM_MODULES = [
  "json", "ast", "inspect", "dataclasses", "typing", "hashlib", "textwrap", "contextvars", "traceback", "enum",
  "numbers", "datetime", "zipfile", "io", "re", "math", "functools", "collections", "threading", "tempfile",
  "random", "itertools", "base64", "decimal", "fractions", "statistics", "csv", "pathlib", "uuid", "string",
  "copy", "pickle", "urllib.parse", "html", "operator", "types", "weakref", "struct", "bisect", "heapq",
];

// Bump when what goes into a snapshot changes (the module list, the env).
const SNAPSHOT_FORMAT = 1;

function cacheKey(buildKey: string): string {
  // A synthetic same-origin URL: Cache Storage keys are requests.
  return new URL(`/__appwasm__/snapshot/${SNAPSHOT_FORMAT}/${buildKey}`, self.location.origin).href;
}

export function snapshotsAvailable(): boolean {
  return typeof caches !== "undefined";
}

export async function readSnapshot(buildKey: string): Promise<Uint8Array | null> {
  if (!snapshotsAvailable()) return null;
  try {
    const cache = await caches.open(CACHE_NAME);
    const hit = await cache.match(cacheKey(buildKey));
    return hit ? new Uint8Array(await hit.arrayBuffer()) : null;
  } catch {
    return null; // storage unavailable (private mode, quota): boot normally
  }
}

export async function saveSnapshot(buildKey: string, snapshot: Uint8Array): Promise<void> {
  if (!snapshotsAvailable()) return;
  try {
    const cache = await caches.open(CACHE_NAME);
    // Stored uncompressed: reading 30 MB back is faster than decompressing 6 MB.
    await cache.put(cacheKey(buildKey), new Response(snapshot as BlobPart, { headers: { "Content-Type": "application/octet-stream" } }));
  } catch (error) {
    console.warn("appwasm: could not store the interpreter snapshot:", error);
  }
}

export async function dropSnapshot(buildKey: string): Promise<void> {
  if (!snapshotsAvailable()) return;
  try {
    await (await caches.open(CACHE_NAME)).delete(cacheKey(buildKey));
  } catch {
    // nothing to do
  }
}
