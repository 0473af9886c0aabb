// How the renderer talks to the app. The interface is transport-agnostic: the worker
// implementation is here; tests and a prerendered page can provide others.
import { PROTOCOL_VERSION } from "../protocol.gen";
import type { BootConfig, MainToWorker, WidgetEvent, WorkerToMain } from "../protocol.gen";
import { readLocation, shownLocation } from "./state/url";
import { startWorker, takeStartedWorker } from "./worker_start";

// A renderer message as a family writes it: the transport adds the envelope (v, seq) and
// carries the binary attachments.
type WithoutEnvelope<M> = M extends unknown ? Omit<M, "v" | "seq" | "attachments"> : never;
export type OutgoingMessage = WithoutEnvelope<Exclude<MainToWorker, { type: "init" } | { type: "stop" }>>;

export interface AppTransport {
  // Sends widget values; returns the sequence number that identifies this event.
  sendWidgetEvents(events: WidgetEvent[]): number;
  requestRerun(): void;
  stop(): void;
  setQueryString(queryString: string): void;
  // Sends any renderer message; `attachments` (e.g. the bytes of uploaded files) are
  // transferred, not copied, and reach Python as bytes in `message["attachments"]`. The
  // buffers are unusable here afterwards. Returns the message's sequence number.
  sendMessage(message: OutgoingMessage, attachments?: ArrayBuffer[]): number;
  // Sends a family's request (a MainToWorker message with a seq); returns its seq.
  request<M extends MainToWorker & { seq: number }>(message: Omit<M, "v" | "seq">): number;
  // The seq of the last message sent (the next one gets a greater one).
  readonly lastSeq: number;
}

const PENDING_SLOT = 1;
const SIGINT = 2;

export class WorkerTransport implements AppTransport {
  private worker: Worker;
  private seq = 0;
  private shared: Int32Array | null = null;

  constructor(baseUrl: string, config: BootConfig, onMessage: (message: WorkerToMain) => void) {
    // Usually the page's first script started the worker already (worker_start.ts).
    const started = takeStartedWorker() ?? startWorker(new URL("./worker.js", import.meta.url), baseUrl, config);
    Object.assign(shownLocation, readLocation()); // the address the init message reported
    this.worker = started.worker;
    this.shared = started.shared;
    const onError = (event: ErrorEvent) => onMessage({
      type: "boot_failed", v: PROTOCOL_VERSION, stage: "worker",
      message: `The app's worker failed to start: ${event.message || "unknown error"}`, detail: "",
    });
    for (const early of started.early) {
      if (early.error) onError(early.error);
      else onMessage(decode(early.data));
    }
    this.worker.onmessage = (event: MessageEvent) => onMessage(decode(event.data));
    this.worker.onerror = onError;
  }

  private post(message: MainToWorker, transfer: Transferable[] = []): void {
    if (this.shared && message.type !== "init" && message.type !== "stop") Atomics.add(this.shared, PENDING_SLOT, 1);
    this.worker.postMessage(message, transfer);
  }

  sendWidgetEvents(events: WidgetEvent[]): number {
    const seq = ++this.seq;
    this.post({ type: "widget_events", v: PROTOCOL_VERSION, seq, events });
    return seq;
  }

  requestRerun(): void {
    this.post({ type: "rerun", v: PROTOCOL_VERSION, seq: ++this.seq });
  }

  stop(): void {
    // With shared memory, interrupt Python wherever it is (even in a loop that draws nothing).
    if (this.shared) Atomics.store(this.shared, 0, SIGINT);
    this.worker.postMessage({ type: "stop", v: PROTOCOL_VERSION });
  }

  setQueryString(queryString: string): void {
    this.post({ type: "query_string", v: PROTOCOL_VERSION, seq: ++this.seq, query_string: queryString });
  }

  sendMessage(message: OutgoingMessage, attachments: ArrayBuffer[] = []): number {
    const seq = ++this.seq;
    const envelope = { ...message, v: PROTOCOL_VERSION, seq, ...(attachments.length ? { attachments } : {}) };
    this.post(envelope as MainToWorker, attachments);
    return seq;
  }

  request<M extends MainToWorker & { seq: number }>(message: Omit<M, "v" | "seq">): number {
    return this.sendMessage(message as unknown as OutgoingMessage);
  }

  get lastSeq(): number {
    return this.seq;
  }
}

// Python posts JSON text (cheap to clone); binary payloads come beside it as buffers.
function decode(data: unknown): WorkerToMain {
  if (typeof data === "string") return JSON.parse(data) as WorkerToMain;
  const wrapped = data as { json?: string; buffers?: ArrayBuffer[] };
  if (typeof wrapped.json === "string") {
    const message = JSON.parse(wrapped.json) as WorkerToMain & { buffers?: ArrayBuffer[] };
    message.buffers = wrapped.buffers;
    return message;
  }
  return data as WorkerToMain;
}
