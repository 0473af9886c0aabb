// The snapshot worker: started by the page in the background after a first visit is
// interactive, it builds the interpreter snapshot that later visits restore (worker/snapshot.ts),
// so the first visit never waits for it.
import type { BootConfig } from "../protocol.gen";
import { PYODIDE_ENV, fetchOk, importPyodide, makeSnapshot } from "./pyodide_start";

interface SnapshotRequest {
  base_url: string;
  config: BootConfig;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<SnapshotRequest>) => {
  const { base_url, config } = event.data;
  const url = (path: string) => new URL(path, base_url).href;
  const started = performance.now();
  try {
    const wheel = await (await fetchOk(url(config.runtime_wheel), "appwasm's runtime", "pyodide")).arrayBuffer();
    const loadPyodide = await importPyodide(url(config.pyodide_dir));
    const size = await makeSnapshot(loadPyodide, {
      indexURL: url(config.pyodide_dir), lockFileURL: url(config.lock_file),
      env: PYODIDE_ENV, stdout: () => undefined, stderr: () => undefined,
    }, url(config.pyodide_dir), wheel, config.snapshot_key);
    scope.postMessage({ ok: true, bytes: size, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ ok: false, error: String((error as Error)?.message ?? error) });
  }
};
