// After a first visit is interactive, build the interpreter snapshot in the background (in a
// worker of its own), so the next visit starts in under a second without this one waiting.
import type { BootConfig } from "../protocol.gen";
import type { AppStore } from "./store";

// Leave the app's first moments alone: the snapshot worker competes for the CPU.
const DELAY_MS = 1500;

export type SnapshotState = "not needed" | "pending" | "building" | "stored" | "failed";

export function scheduleSnapshot(store: AppStore, baseUrl: string, config: BootConfig, report: (state: SnapshotState) => void): void {
  if (!config.snapshot || typeof caches === "undefined") {
    report("not needed");
    return;
  }
  let scheduled = false;
  const unsubscribe = store.subscribe(() => {
    if (scheduled || !store.boot.interactive) return;
    scheduled = true;
    queueMicrotask(unsubscribe);
    if (store.boot.details.pyodide !== "snapshot none") {
      report("not needed");
      return;
    }
    report("pending");
    const start = () => {
      report("building");
      const worker = new Worker(new URL("./snapshot-worker.js", import.meta.url), { type: "module", name: "appwasm-snapshot" });
      worker.onmessage = (event: MessageEvent<{ ok: boolean; error?: string }>) => {
        report(event.data.ok ? "stored" : "failed");
        if (!event.data.ok) console.warn("appwasm: the interpreter snapshot was not built:", event.data.error);
        worker.terminate();
      };
      worker.onerror = () => {
        report("failed");
        worker.terminate();
      };
      worker.postMessage({ base_url: baseUrl, config });
    };
    setTimeout(() => {
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(start, { timeout: 5000 });
      else start();
    }, DELAY_MS);
  });
}
