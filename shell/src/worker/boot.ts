// The boot pipeline, as a sequence of named stages (shared/ARCHITECTURE.md):
//   worker   -> this worker is running; Pyodide's core, the lock, the wheels and the app's
//               files are fetched in parallel
//   pyodide  -> the interpreter is up with the app's packages installed
//   packages -> the app's files are in the worker's file system
//   runtime  -> appwasm's runtime is imported and the session exists
// A stage that fails says which one, so the page can tell the user what went wrong.
import { PROTOCOL_VERSION } from "../protocol.gen";
import type { BootStage, InitMessage } from "../protocol.gen";
import { PYODIDE_ENV, StageError, fetchOk, importPyodide, installWheel, startPyodide } from "./pyodide_start";
import type { PyCallable, PyodideAPI } from "./pyodide_types";
import { dropSnapshot, readSnapshot, snapshotsAvailable } from "./snapshot";

// How this boot went, reported with the pyodide stage: "restored" from a snapshot; "none" when
// snapshots are on but none is stored yet (the page then builds one in the background); "off".
export const bootInfo: { snapshot: "restored" | "off" | "none" } = { snapshot: "none" };

export interface BootedApp {
  pyodide: PyodideAPI;
  handle(batchJson: string): Promise<void>;
}

interface Bridge {
  post(text: string, buffers?: ArrayBuffer[] | null): void;
}

export function supportsJspi(): boolean {
  return typeof (WebAssembly as unknown as { Suspending?: unknown }).Suspending === "function";
}

export async function bootPyodide(
  init: InitMessage,
  bridge: Bridge,
  progress: (stage: BootStage, detail?: string) => void,
  shared: Int32Array | null,
): Promise<BootedApp> {
  const config = init.config;
  const url = (path: string) => new URL(path, init.base_url).href;

  // Start everything that does not depend on the interpreter at once.
  const appArchive = fetchOk(url(config.app_archive), "the app's files", "packages").then((r) => r.arrayBuffer());
  appArchive.catch(() => undefined); // reported when awaited below
  for (const wheel of config.preload) {
    // Warms the HTTP cache while the interpreter starts; loadPackage then reads from it.
    fetch(url(wheel)).catch(() => undefined);
  }

  // A stored snapshot (tens of MB from Cache Storage) is read while pyodide.mjs loads, and
  // the runtime's files, which a restored interpreter needs back, download meanwhile.
  const useSnapshots = config.snapshot && snapshotsAvailable();
  const snapshotRead = useSnapshots ? readSnapshot(config.snapshot_key) : Promise.resolve(null);
  const runtimeWheel = snapshotRead.then((snapshot) => (snapshot
    ? fetchOk(url(config.runtime_wheel), "appwasm's runtime", "pyodide").then((r) => r.arrayBuffer()) : null));
  snapshotRead.catch(() => undefined); // reported when awaited below
  runtimeWheel.catch(() => undefined);

  const loadPyodide = await importPyodide(url(config.pyodide_dir));

  const forward = (stream: "stdout" | "stderr") => (text: string) => {
    (stream === "stdout" ? console.log : console.error)(text);
    bridge.post(JSON.stringify({ type: "console", v: PROTOCOL_VERSION, stream, text }));
  };

  let pyodide: PyodideAPI;
  const base = {
    indexURL: url(config.pyodide_dir),
    lockFileURL: url(config.lock_file),
    stdout: forward("stdout"),
    stderr: forward("stderr"),
    env: PYODIDE_ENV,
  };
  try {
    const snapshot = await snapshotRead;
    let restored: PyodideAPI | null = null;
    if (snapshot) {
      // The snapshot holds the runtime already imported; put its files back (for lazy imports
      // and tracebacks) and load only the other packages.
      const otherPackages = config.packages.filter((name) => name !== "appwasm");
      try {
        restored = await startPyodide(loadPyodide, { ...base, _loadSnapshot: snapshot, packages: otherPackages }, url(config.pyodide_dir));
        installWheel(restored, (await runtimeWheel)!);
        bootInfo.snapshot = "restored";
      } catch (error) {
        console.warn("appwasm: the interpreter snapshot could not be restored; starting normally", error);
        restored = null;
        await dropSnapshot(config.snapshot_key);
      }
    }
    if (restored) {
      pyodide = restored;
    } else {
      // Packages download while the interpreter starts (loadPyodide's `packages` option).
      pyodide = await startPyodide(loadPyodide, { ...base, packages: config.packages }, url(config.pyodide_dir));
      bootInfo.snapshot = useSnapshots ? "none" : "off";
    }
  } catch (error) {
    if (error instanceof StageError) throw error;
    throw new StageError("pyodide", `Pyodide failed to start or to load the app's packages: ${error}`, error);
  }
  progress("pyodide", `snapshot ${bootInfo.snapshot}`);
  if (shared) pyodide.setInterruptBuffer(shared.subarray(0, 1));

  try {
    const archive = await appArchive;
    pyodide.FS.mkdirTree(config.app_root);
    pyodide.unpackArchive(archive, "zip", { extractDir: config.app_root });
  } catch (error) {
    if (error instanceof StageError) throw error;
    throw new StageError("packages", `Could not unpack the app's files: ${error}`);
  }
  progress("packages");

  let handle: PyCallable;
  const jspi = supportsJspi() && config.interrupt !== "none" && config.interrupt !== "shared_memory";
  try {
    const entry = pyodide.pyimport("appwasm.worker_entry");
    const session = entry.start_session(
      bridge,
      config.app_root,
      config.entry,
      init.query_string,
      jspi ? "jspi" : shared ? "shared_memory" : "none",
      JSON.stringify(init.client ?? {}),
    ) as unknown as Record<string, PyCallable>;
    handle = session.handle_json;
  } catch (error) {
    throw new StageError("runtime", `appwasm's runtime failed to start: ${error}`);
  }
  progress("runtime");

  return {
    pyodide,
    // With JSPI, callPromising lets Python suspend (run_sync) to yield to the event loop.
    handle: async (batchJson: string) => {
      if (jspi) await handle.callPromising(batchJson);
      else handle(batchJson);
    },
  };
}
