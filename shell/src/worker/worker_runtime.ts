// The worker's logic: boot Pyodide in named stages, then feed renderer messages to the
// Python session one batch at a time.
//
// A worker that runs synchronous Python does not see new messages until Python returns. So
// that a new widget event can cut a long run short, Python polls `bridge.pending()` before each
// delta, and either
//  - JSPI: briefly yields to the event loop (run_sync on a resolved-next-task promise), which
//    lets onmessage queue the event; or
//  - shared memory (cross-origin isolated pages): the main thread bumps a counter in a
//    SharedArrayBuffer, readable without yielding; the Stop button uses Pyodide's interrupt
//    buffer in the same memory;
//  - neither: the run finishes, then the queued events start the next one.
import { PROTOCOL_VERSION } from "../protocol.gen";
import type { BootStage, InitMessage, MainToWorker, WorkerToMain } from "../protocol.gen";
import { bootPyodide, type BootedApp } from "./boot";

export type Post = (message: WorkerToMain | { json: string; buffers: ArrayBuffer[] } | string, transfer?: Transferable[]) => void;

// Index of the counter of events the main thread sent while a run may be busy.
const PENDING_SLOT = 1;

export function startWorker(post: Post): (message: MainToWorker) => void {
  const started = performance.now();
  const queue: MainToWorker[] = [];
  let app: BootedApp | null = null;
  let draining = false;
  let stopRequested = false;
  let shared: Int32Array | null = null;

  const progress = (stage: BootStage) =>
    post({ type: "boot_progress", v: PROTOCOL_VERSION, stage, elapsed_ms: performance.now() - started });

  const yieldChannel = new MessageChannel();
  const yieldWaiters: Array<() => void> = [];
  yieldChannel.port1.onmessage = () => yieldWaiters.shift()?.();

  // The object Python talks to (appwasm.worker_entry.WorkerSession).
  const bridge = {
    post(text: string, buffers?: Array<ArrayBuffer | ArrayBufferView> | null) {
      if (buffers && buffers.length) {
        // Python's to_js gives typed arrays (copies out of the wasm heap); only their
        // ArrayBuffers are transferable.
        const owned = buffers.map(toArrayBuffer);
        post({ json: text, buffers: owned }, owned);
      } else post(text);
    },
    pending(): number {
      const sharedCount = shared ? Atomics.load(shared, PENDING_SLOT) : 0;
      return Math.max(sharedCount, queue.filter((m) => m.type !== "stop").length);
    },
    stopRequested(): boolean {
      return stopRequested;
    },
    // Resolves on the next task: just long enough for queued onmessage handlers to run.
    yieldNow(): Promise<void> {
      return new Promise((resolve) => {
        yieldWaiters.push(resolve);
        yieldChannel.port2.postMessage(null);
      });
    },
  };

  async function drain(): Promise<void> {
    if (draining || !app) return;
    draining = true;
    try {
      while (queue.length) {
        const batch = queue.splice(0).filter((m) => m.type !== "stop");
        if (shared) Atomics.sub(shared, PENDING_SLOT, Math.min(batch.length, Atomics.load(shared, PENDING_SLOT)));
        stopRequested = false;
        if (batch.length) await app.handle(JSON.stringify(batch));
      }
    } catch (error) {
      post({
        type: "boot_failed", v: PROTOCOL_VERSION, stage: "first_run",
        message: "The app's session failed unexpectedly. Reload the page to start again.",
        detail: describeError(error),
      });
    } finally {
      draining = false;
      stopRequested = false;
    }
  }

  async function init(message: InitMessage): Promise<void> {
    if (message.shared_flags instanceof Int32Array) shared = message.shared_flags;
    progress("worker");
    try {
      app = await bootPyodide(message, bridge, progress, shared);
    } catch (error) {
      const err = error as Error & { stage?: BootStage };
      post({
        type: "boot_failed", v: PROTOCOL_VERSION, stage: err.stage ?? "pyodide",
        message: err.message ?? String(error), detail: describeError(error),
      });
      return;
    }
    progress("first_run");
    queue.unshift({ type: "rerun", v: PROTOCOL_VERSION, seq: 0 });
    await drain();
  }

  return (message: MainToWorker) => {
    if (message.v !== PROTOCOL_VERSION) {
      post({
        type: "boot_failed", v: PROTOCOL_VERSION, stage: "worker",
        message: `This page (protocol ${message.v}) and its worker (protocol ${PROTOCOL_VERSION}) come from different builds. Reload the page.`,
        detail: "",
      });
      return;
    }
    if (message.type === "init") {
      void init(message);
      return;
    }
    if (message.type === "stop") stopRequested = true;
    queue.push(message);
    void drain();
  };
}

function toArrayBuffer(buffer: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (buffer instanceof ArrayBuffer) return buffer;
  const whole = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
  if (whole && buffer.buffer instanceof ArrayBuffer) return buffer.buffer;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice().buffer;
}

// Errors cross to the main thread as plain text: Python's traceback is in the message.
function describeError(error: unknown): string {
  if (error instanceof Error) return [error.message, error.stack].filter(Boolean).join("\n");
  return String(error);
}
