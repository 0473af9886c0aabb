// Starting the app's worker and sending it the init message. The page's first script (start.ts,
// its own tiny bundle) does this at once, before the renderer's modules have loaded, so that
// Pyodide's download and start overlap them; the renderer (transport.ts) then adopts the worker
// and the messages it sent meanwhile. Without the early start, the transport starts it itself.
import { PROTOCOL_VERSION } from "../protocol.gen";
import type { BootConfig, MainToWorker } from "../protocol.gen";
import { clientInfo } from "./state/url";

export interface StartedWorker {
  worker: Worker;
  // Shared flags for interrupts (cross-origin-isolated pages only).
  shared: Int32Array | null;
  // What the worker said before the renderer listened.
  early: Array<{ data?: unknown; error?: ErrorEvent }>;
}

const EARLY_KEY = "__appwasmWorker";

export function readBootConfig(): BootConfig {
  const text = document.getElementById("appwasm-boot")?.textContent;
  if (!text) throw new Error("appwasm: the page has no boot configuration (#appwasm-boot)");
  return JSON.parse(text) as BootConfig;
}

export function startWorker(workerUrl: URL, baseUrl: string, config: BootConfig): StartedWorker {
  const worker = new Worker(workerUrl, { type: "module", name: "appwasm" });
  const started: StartedWorker = { worker, shared: null, early: [] };
  worker.onmessage = (event: MessageEvent) => started.early.push({ data: event.data });
  worker.onerror = (event) => started.early.push({ error: event });
  const wantShared = config.interrupt === "auto" || config.interrupt === "shared_memory";
  if (wantShared && globalThis.crossOriginIsolated && typeof SharedArrayBuffer === "function") {
    started.shared = new Int32Array(new SharedArrayBuffer(8));
  }
  const init: MainToWorker = {
    type: "init", v: PROTOCOL_VERSION, base_url: baseUrl, config,
    query_string: location.search.replace(/^\?/, ""),
    client: clientInfo(baseUrl),
    ...(started.shared ? { shared_flags: started.shared } : {}),
  };
  worker.postMessage(init);
  return started;
}

export function leaveForRenderer(started: StartedWorker): void {
  (globalThis as Record<string, unknown>)[EARLY_KEY] = started;
}

// The worker the page's first script started, once (null when there is none).
export function takeStartedWorker(): StartedWorker | null {
  const global = globalThis as Record<string, unknown>;
  const started = (global[EARLY_KEY] as StartedWorker | undefined) ?? null;
  delete global[EARLY_KEY];
  return started;
}
