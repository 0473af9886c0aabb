// Shown until the first run has produced content: which boot stage we are in, or what failed.
import type { BootStage } from "../../protocol.gen";
import { useApp } from "../context";

const STAGES: Array<[BootStage, string]> = [
  ["page", "Loading the page"],
  ["worker", "Starting Python"],
  ["pyodide", "Installing packages"],
  ["packages", "Preparing the app"],
  ["runtime", "Running the app"],
  ["first_run", "Running the app"],
];

export function BootScreen() {
  const { store } = useApp();
  const boot = store.boot;
  if (boot.failed) {
    return (
      <div class="aw-boot aw-boot-failed" role="alert" data-testid="boot-failed">
        <h2>This app could not start</h2>
        <p>{boot.failed.message}</p>
        {boot.failed.detail && (
          <details>
            <summary>Details</summary>
            <pre>{boot.failed.detail}</pre>
          </details>
        )}
        <button type="button" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  const index = STAGES.findIndex(([stage]) => stage === boot.stage);
  const label = STAGES[Math.max(index, 0)][1];
  return (
    <div class="aw-boot" role="status" aria-live="polite" data-testid="boot-screen" data-stage={boot.stage}>
      <div class="aw-boot-label">{label}…</div>
      <div class="aw-boot-bar" role="progressbar" aria-valuemin={0} aria-valuemax={STAGES.length} aria-valuenow={index + 1}>
        <div class="aw-boot-bar-fill" style={{ width: `${((index + 1) / STAGES.length) * 100}%` }} />
      </div>
      <div class="aw-skeleton" aria-hidden="true">
        <div /> <div /> <div />
      </div>
    </div>
  );
}
