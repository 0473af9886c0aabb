// The "Running…" indicator with a Stop button, shown while a run takes longer than a moment.
import { useEffect, useState } from "preact/hooks";
import { useApp } from "../context";

const SHOW_AFTER_MS = 300;

export function RunStatus() {
  const { store, transport } = useApp();
  const [visible, setVisible] = useState(false);
  const running = store.running && store.boot.interactive;
  useEffect(() => {
    if (!running) {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [running, store.runId]);
  const starting = !store.boot.interactive && !store.boot.failed && store.prerendered;
  return (
    <div class="aw-run-status" data-testid="run-status" data-running={store.running ? "true" : "false"} aria-live="polite">
      {starting && (
        <>
          <span class="aw-spinner" aria-hidden="true" />
          <span>Starting Python…</span>
        </>
      )}
      {visible && (
        <>
          <span class="aw-spinner" aria-hidden="true" />
          <span>Running…</span>
          <button type="button" class="aw-run-stop" onClick={() => transport.stop()}>
            Stop
          </button>
        </>
      )}
    </div>
  );
}
