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
//
// Binary attachments of renderer messages (uploaded files) cannot go through the JSON text
// handed to Python: the worker keeps each buffer under a number, puts the numbers in the
// message instead, and Python takes the buffers back with `bridge.takeAttachment(n)`.
import { PROTOCOL_VERSION } from "../protocol.gen";
import type { BootStage, InitMessage, MainToWorker, WorkerToMain } from "../protocol.gen";
import { bootPyodide, type BootedApp } from "./boot";

export type Post = (message: WorkerToMain | { json: string; buffers: ArrayBuffer[] } | string, transfer?: Transferable[]) => void;

// Index of the counter of events the main thread sent while a run may be busy.
const PENDING_SLOT = 1;

export interface WorkerHandlers {
  onMessage(message: MainToWorker): void;
  // An error nothing else caught (an unhandled rejection in the worker).
  onFatal(error: unknown): void;
}

export function startWorker(post: Post): WorkerHandlers {
  const started = performance.now();
  const queue: MainToWorker[] = [];
  let app: BootedApp | null = null;
  let draining = false;
  let stopRequested = false;
  let shared: Int32Array | null = null;
  let currentStage: BootStage = "worker";
  let bootSettled = false;
  const attachments = new Map<number, ArrayBuffer>();
  let nextAttachment = 1;

  const keepAttachments = (message: MainToWorker): MainToWorker => {
    const buffers = (message as { attachments?: unknown }).attachments;
    if (!Array.isArray(buffers)) return message;
    const ids = buffers.map((buffer: ArrayBuffer) => {
      const id = nextAttachment++;
      attachments.set(id, buffer);
      return id;
    });
    return { ...message, attachments: ids } as MainToWorker;
  };

  const progress = (stage: BootStage, detail?: string) => {
    currentStage = stage;
    post({ type: "boot_progress", v: PROTOCOL_VERSION, stage, elapsed_ms: performance.now() - started, ...(detail ? { detail } : {}) });
  };
  const failBoot = (stage: BootStage, message: string, error: unknown) => {
    if (bootSettled) return;
    bootSettled = true;
    post({ type: "boot_failed", v: PROTOCOL_VERSION, stage, message, detail: describeError(error) });
  };

  const yieldChannel = new MessageChannel();
  const yieldWaiters: Array<() => void> = [];
  yieldChannel.port1.onmessage = () => yieldWaiters.shift()?.();

  // The object Python talks to (appwasm.worker_entry.WorkerSession).
  const bridge = {
    post(text: string, buffers?: Array<ArrayBuffer | ArrayBufferView> | null) {
      if (buffers && buffers.length) {
        const owned = buffers.map(ownBuffer);
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
    // Hands an attachment to Python, once (the worker forgets it).
    takeAttachment(id: number): ArrayBuffer | undefined {
      const buffer = attachments.get(id);
      attachments.delete(id);
      return buffer;
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
      failBoot(err.stage ?? currentStage, err.message ?? String(error), error);
      return;
    }
    if (bootSettled) return;
    bootSettled = true;
    progress("first_run");
    // The first run is a batch of its own: events the user sent while Python was starting (on
    // the prerendered screen) refer to widgets that exist only once this run has registered them.
    try {
      await app.handle(JSON.stringify([{ type: "rerun", v: PROTOCOL_VERSION, seq: 0 }]));
    } catch (error) {
      post({ type: "boot_failed", v: PROTOCOL_VERSION, stage: "first_run", message: "The app's first run failed unexpectedly.", detail: describeError(error) });
      return;
    }
    await drain();
  }

  const onFatal = (error: unknown) => {
    if (!bootSettled) failBoot(currentStage, `Python could not start: ${(error as Error)?.message ?? error}`, error);
    else console.error("appwasm worker:", error);
  };

  const onMessage = (message: MainToWorker) => {
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
    queue.push(keepAttachments(message));
    void drain();
  };
  return { onMessage, onFatal };
}

// Python hands over bytes as typed arrays; only a whole ArrayBuffer can be transferred, so a
// view that does not span its buffer (or views Python's own memory) is copied out first.
function ownBuffer(data: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (!ArrayBuffer.isView(data)) return data;
  const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  if (whole && data.buffer instanceof ArrayBuffer) return data.buffer;
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice().buffer;
}

// Errors cross to the main thread as plain text: Python's traceback is in the message.
function describeError(error: unknown): string {
  if (error instanceof Error) return [error.message, error.stack].filter(Boolean).join("\n");
  return String(error);
}
