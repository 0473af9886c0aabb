// The boot pipeline, as a sequence of named stages (shared/ARCHITECTURE.md):
//   worker   -> this worker is running; Pyodide's core, the lock, the wheels and the app's
//               files are fetched in parallel
//   pyodide  -> the interpreter is up with the app's packages installed
//   packages -> the app's files are in the worker's file system
//   runtime  -> appwasm's runtime is imported and the session exists
// A stage that fails says which one, so the page can tell the user what went wrong.
import { PROTOCOL_VERSION } from "../protocol.gen";
import type { BootStage, InitMessage } from "../protocol.gen";
import type { LoadPyodide, LoadPyodideOptions, PyCallable, PyodideAPI } from "./pyodide_types";
import { WARM_MODULES, dropSnapshot, readSnapshot, saveSnapshot, snapshotsAvailable } from "./snapshot";

export interface BootedApp {
  pyodide: PyodideAPI;
  handle(batchJson: string): Promise<void>;
}

interface Bridge {
  post(text: string, buffers?: ArrayBuffer[] | null): void;
}

class StageError extends Error {
  constructor(public stage: BootStage, message: string, public cause?: unknown) {
    super(message);
  }
}

async function fetchOk(url: string, what: string, stage: BootStage): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new StageError(stage, `Could not download ${what} (${url}): ${error}`);
  }
  if (!response.ok) throw new StageError(stage, `Could not download ${what} (${url}): HTTP ${response.status}`);
  return response;
}

// How this boot went (read by tests and benchmarks through the boot_progress messages' log).
export const bootInfo: { snapshot: "restored" | "created" | "off" | "none" } = { snapshot: "none" };

// loadPyodide, failing instead of hanging when the wasm cannot be instantiated: Pyodide catches
// that error itself, only warns "wasm instantiation failed!", and never settles its promise.
async function startPyodide(loadPyodide: LoadPyodide, options: LoadPyodideOptions, pyodideUrl: string): Promise<PyodideAPI> {
  const warn = console.warn;
  const instantiation = new Promise<never>((_, reject) => {
    console.warn = (...args: unknown[]) => {
      warn.apply(console, args);
      if (typeof args[0] === "string" && args[0].includes("wasm instantiation failed")) {
        reject(new StageError("pyodide", `Python's WebAssembly module (${pyodideUrl}pyodide.asm.wasm) could not be loaded`));
      }
    };
  });
  instantiation.catch(() => undefined);
  try {
    return await Promise.race([instantiation, loadPyodide(options)]);
  } finally {
    console.warn = warn;
  }
}

// The runtime's modules imported into a snapshot (everything the worker needs for a first run).
const RUNTIME_MODULES = ["appwasm", "appwasm.worker_entry"];

// Unpack a pure-Python wheel into site-packages (what loadPackage does, minus its bookkeeping,
// which a memory snapshot could not hold).
function installWheel(pyodide: PyodideAPI, wheel: ArrayBuffer): void {
  const sitePackages = String(pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']"));
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
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

  let loadPyodide: LoadPyodide;
  try {
    ({ loadPyodide } = (await import(/* @vite-ignore */ url(config.pyodide_dir + "pyodide.mjs"))) as {
      loadPyodide: LoadPyodide;
    });
  } catch (error) {
    throw new StageError("worker", `Could not load Pyodide from ${url(config.pyodide_dir)}: ${error}`);
  }

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
    env: { HOME: "/home/pyodide", APPWASM_WORKER: "1" },
  };
  const useSnapshots = config.snapshot && snapshotsAvailable();
  // With snapshots, the runtime is not loaded as a package: it is unpacked and imported before
  // the snapshot is taken (pure Python, so the snapshot can hold it), and on a repeat visit only
  // its files are put back. The other packages load after the snapshot, as Pyodide requires.
  const otherPackages = config.packages.filter((name) => name !== "appwasm");
  const runtimeWheel = useSnapshots
    ? fetchOk(url(config.runtime_wheel), "appwasm's runtime", "pyodide").then((r) => r.arrayBuffer())
    : null;
  runtimeWheel?.catch(() => undefined);
  try {
    const snapshot = useSnapshots ? await readSnapshot(config.snapshot_key) : null;
    let restored: PyodideAPI | null = null;
    if (snapshot && runtimeWheel) {
      try {
        restored = await startPyodide(loadPyodide, { ...base, _loadSnapshot: snapshot, packages: otherPackages }, url(config.pyodide_dir));
        installWheel(restored, await runtimeWheel);
        bootInfo.snapshot = "restored";
      } catch (error) {
        console.warn("appwasm: the interpreter snapshot could not be restored; starting normally", error);
        restored = null;
        await dropSnapshot(config.snapshot_key);
      }
    }
    if (restored) {
      pyodide = restored;
    } else if (useSnapshots && runtimeWheel) {
      // Prefetch the other wheels meanwhile, so loadPackage below reads them from the HTTP
      // cache instead of waiting for the network.
      const lock = (await fetch(base.lockFileURL).then((r) => r.json())) as { packages: Record<string, { file_name: string }> };
      for (const name of otherPackages) {
        const entry = lock.packages[name];
        if (entry) fetch(new URL(entry.file_name, base.lockFileURL).href).catch(() => undefined);
      }
      pyodide = await startPyodide(loadPyodide, { ...base, _makeSnapshot: true }, url(config.pyodide_dir));
      installWheel(pyodide, await runtimeWheel);
      pyodide.runPython([...WARM_MODULES, ...RUNTIME_MODULES].map((m) => `import ${m}`).join("\n"));
      const snap = pyodide.makeMemorySnapshot();
      void saveSnapshot(config.snapshot_key, snap);
      bootInfo.snapshot = "created";
      if (otherPackages.length) await pyodide.loadPackage(otherPackages);
    } else {
      pyodide = await startPyodide(loadPyodide, { ...base, packages: config.packages }, url(config.pyodide_dir));
      bootInfo.snapshot = "off";
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
