// The renderer's state: the app tree, the run in progress, boot progress and page config.
// Worker messages are queued and applied together once per animation frame, so a burst of
// deltas costs one render.
import type { BootStage, PageConfigMessage, RunFinishedMessage, RunStartedMessage, WorkerToMain } from "../protocol.gen";
import { prune, pruneAt, putBlock, putElement, rootBlock, type TreeNode } from "./tree";

// The roots of the app tree (runtime_wasm/delta_generator.py has the same numbers).
export const ROOT_MAIN = 0;
export const ROOT_SIDEBAR = 1;
export const ROOT_EVENT = 2; // toasts and other transient elements (rendered by their family)
export const ROOT_BOTTOM = 3; // the bar at the page's foot (st.chat_input)
const ROOT_COUNT = 4;

export interface BootState {
  stage: BootStage;
  // Milliseconds since navigation start at which each stage was reached.
  reached: Partial<Record<BootStage, number>>;
  failed: { stage: BootStage; message: string; detail: string } | null;
  interactive: boolean;
  // Details the worker gave per stage (e.g. pyodide: "snapshot restored").
  details: Partial<Record<BootStage, string>>;
}

// Worker messages beyond the core ones are handled by the family that defined them.
type MessageHandler = (store: AppStore, message: WorkerToMain) => void;
const messageHandlers = new Map<string, MessageHandler>();

export function registerMessageHandler(type: string, handler: MessageHandler): void {
  messageHandlers.set(type, handler);
}

// Observers see every worker message before the store applies it (e.g. the display family
// turns binary payloads into Blob URLs as they arrive, even for nodes a later delta of the
// same frame replaces).
type MessageObserver = (store: AppStore, message: WorkerToMain) => void;
const messageObservers: MessageObserver[] = [];

export function observeMessages(observer: MessageObserver): void {
  messageObservers.push(observer);
}

// Families that act when a run starts or ends (e.g. fragment timers stop at a full run).
type RunListener = (store: AppStore, message: RunStartedMessage | RunFinishedMessage) => void;
const runListeners: RunListener[] = [];

export function registerRunListener(listener: RunListener): void {
  runListeners.push(listener);
}

export class AppStore {
  roots: TreeNode[] = Array.from({ length: ROOT_COUNT }, rootBlock);
  runId = 0;
  runEventSeq = 0;
  running = false;
  runStartedAt = 0;
  // A fragment run rewrites only these places ("0.3.1" paths); null: the run of the whole script.
  runScope: string[] | null = null;
  lastRunMs = 0;
  boot: BootState = { stage: "page", reached: { page: performance.now() }, failed: null, interactive: false, details: {} };
  pageConfig: Omit<PageConfigMessage, "type" | "v"> = {
    title: null, icon: null, layout: null, initial_sidebar_state: null,
  };
  // Increases on every change; components subscribe to it.
  version = 0;
  // The first screen came from the build's prerender (shown until the live first run ends).
  prerendered = false;
  // The first live run, which redraws the prerendered screen: transient elements (toasts) it
  // shows again are the prerender's, not new ones.
  firstLiveRunId: number | null = null;
  // The last runs (newest last): for the status display, tests and benchmarks.
  history: Array<{ run_id: number; status: string; duration_ms: number; finished_at: number }> = [];

  private queue: WorkerToMain[] = [];
  private scheduled = false;
  private listeners = new Set<() => void>();

  // Apply the build-time prerender (deltas of the app's first run on the host) as run 0, so
  // the live first run replaces it and prunes what it does not draw again.
  applyPrerender(messages: WorkerToMain[]): void {
    for (const message of messages) {
      if (message.type === "delta") this.apply({ ...message, run_id: this.runId });
      else if (message.type === "page_config") this.apply(message);
    }
    this.prerendered = this.roots.some((root) => root.children.length > 0);
    this.version++;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  receive(message: WorkerToMain): void {
    this.queue.push(message);
    if (this.scheduled) return;
    this.scheduled = true;
    // rAF batches a burst of deltas into one render; the timeout keeps hidden tabs updating.
    let done = false;
    const flush = () => {
      if (done) return;
      done = true;
      this.flush();
    };
    requestAnimationFrame(flush);
    setTimeout(flush, 100);
  }

  flush(): void {
    this.scheduled = false;
    const batch = this.queue;
    this.queue = [];
    for (const message of batch) this.apply(message);
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private apply(message: WorkerToMain): void {
    for (const observer of messageObservers) observer(this, message);
    switch (message.type) {
      case "boot_progress":
        this.boot = {
          ...this.boot, stage: message.stage, reached: { ...this.boot.reached, [message.stage]: performance.now() },
          details: message.detail ? { ...this.boot.details, [message.stage]: message.detail } : this.boot.details,
        };
        break;
      case "boot_failed":
        this.boot = { ...this.boot, failed: { stage: message.stage, message: message.message, detail: message.detail } };
        break;
      case "run_started":
        if (this.firstLiveRunId === null) this.firstLiveRunId = message.run_id;
        this.runId = message.run_id;
        this.runEventSeq = message.event_seq;
        this.running = true;
        this.runStartedAt = performance.now();
        this.runScope = message.fragment_paths ? message.fragment_paths.map((p) => p.join(".")) : null;
        for (const listener of runListeners) listener(this, message);
        break;
      case "delta": {
        if (message.run_id !== this.runId) break; // a late delta of a run already replaced
        const [root, ...path] = message.path;
        if (root < 0 || root >= this.roots.length || path.length === 0) break;
        // Binary payloads travel beside the JSON; the node refers to them by index. Not
        // enumerable, so equality of nodes is decided by their JSON part alone.
        const buffers = (message as { buffers?: ArrayBuffer[] }).buffers;
        if (buffers) Object.defineProperty(message.node, "buffers", { value: buffers, enumerable: false });
        const roots = this.roots.slice();
        roots[root] =
          message.op === "element"
            ? putElement(roots[root], path, message.node, message.run_id, this.runEventSeq)
            : putBlock(roots[root], path, message.node, message.run_id, this.runEventSeq);
        this.roots = roots;
        break;
      }
      case "run_finished":
        if (message.run_id !== this.runId) break;
        this.running = false;
        this.lastRunMs = message.duration_ms;
        this.history = [...this.history.slice(-49), { run_id: message.run_id, status: message.status, duration_ms: message.duration_ms, finished_at: performance.now() }];
        if (message.status !== "rerun") this.roots = this.pruned(message.run_id);
        for (const listener of runListeners) listener(this, message);
        if (!this.boot.interactive) this.boot = { ...this.boot, interactive: true, reached: { ...this.boot.reached } };
        break;
      case "page_config":
        this.pageConfig = {
          title: message.title ?? this.pageConfig.title,
          icon: message.icon ?? this.pageConfig.icon,
          layout: message.layout ?? this.pageConfig.layout,
          initial_sidebar_state: message.initial_sidebar_state ?? this.pageConfig.initial_sidebar_state,
        };
        break;
      case "console":
        break;
      default:
        messageHandlers.get((message as { type: string }).type)?.(this, message);
    }
  }

  // The tree without what the finished run did not produce, within the run's scope.
  private pruned(runId: number): TreeNode[] {
    if (this.runScope === null) return this.roots.map((r) => prune(r, runId));
    const roots = this.roots.slice();
    for (const scope of this.runScope) {
      const [root, ...path] = scope.split(".").map(Number);
      if (roots[root]) roots[root] = pruneAt(roots[root], path, runId);
    }
    return roots;
  }

  // Whether a node is left over from an earlier run while the current run is rewriting its place.
  isStale(node: TreeNode, path: string): boolean {
    if (!this.running || node.runId === this.runId) return false;
    return this.runScope === null || this.runScope.some((scope) => path === scope || path.startsWith(scope + "."));
  }
}
