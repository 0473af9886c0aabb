// Binary media as Blob URLs, by content hash. Bytes arrive once, as a buffer beside a delta;
// a later run that shows the same bytes sends only their hash (runtime_wasm/elements/display/
// _media.py sends the bytes again unless the previous run used them). So the cache keeps every
// hash the last few runs used, and whatever the app still shows.
import type { MediaRef, WorkerToMain } from "../../protocol.gen";
import { observeMessages, type AppStore } from "../store";
import type { TreeNode } from "../tree";

interface Entry {
  url: string;
  lastRun: number;
}

const KEEP_RUNS = 3;
const cache = new Map<string, Entry>();

function isMediaRef(value: unknown): value is MediaRef {
  return typeof value === "object" && value !== null && typeof (value as MediaRef).hash === "string" && "buffer" in value;
}

function visitRefs(value: unknown, visit: (ref: MediaRef) => void): void {
  if (Array.isArray(value)) value.forEach((item) => visitRefs(item, visit));
  else if (isMediaRef(value)) visit(value);
  else if (typeof value === "object" && value !== null) for (const item of Object.values(value)) visitRefs(item, visit);
}

function remember(payload: unknown, buffers: ArrayBuffer[] | undefined, runId: number): void {
  visitRefs(payload, (ref) => {
    let entry = cache.get(ref.hash);
    if (!entry && ref.buffer !== null && buffers?.[ref.buffer]) {
      entry = { url: URL.createObjectURL(new Blob([buffers[ref.buffer]], { type: ref.mimetype })), lastRun: runId };
      cache.set(ref.hash, entry);
    }
    if (entry) entry.lastRun = Math.max(entry.lastRun, runId);
  });
}

function shownHashes(store: AppStore): Set<string> {
  const hashes = new Set<string>();
  const walk = (tree: TreeNode) => {
    if (tree.node) visitRefs(tree.node, (ref) => hashes.add(ref.hash));
    tree.children.forEach(walk);
  };
  store.roots.forEach(walk);
  return hashes;
}

function evict(store: AppStore, runId: number): void {
  let shown: Set<string> | null = null;
  for (const [hash, entry] of cache) {
    if (entry.lastRun >= runId - KEEP_RUNS) continue;
    shown ??= shownHashes(store);
    if (shown.has(hash)) continue;
    URL.revokeObjectURL(entry.url);
    cache.delete(hash);
  }
}

let lastLogo: unknown = null;

observeMessages((store, message: WorkerToMain) => {
  const buffers = (message as { buffers?: ArrayBuffer[] }).buffers;
  if (message.type === "delta") remember(message.node, buffers, message.run_id);
  else if (message.type === "logo") {
    lastLogo = message;
    remember(message, buffers, store.runId);
  } else if (message.type === "run_finished") {
    if (lastLogo) remember(lastLogo, undefined, message.run_id); // the logo stays until removed
    evict(store, message.run_id);
  }
});

// The Blob URL of some media (null when the bytes never arrived: shown as unavailable).
export function mediaUrl(ref: MediaRef | null | undefined): string | null {
  return ref ? cache.get(ref.hash)?.url ?? null : null;
}

export function sourceUrl(source: { media: MediaRef | null; url: string | null }): string | null {
  return source.url ?? mediaUrl(source.media);
}
