// Starting Pyodide, shared by the app's worker (boot.ts) and the snapshot worker.
import type { BootStage } from "../protocol.gen";
import type { LoadPyodide, LoadPyodideOptions, PyodideAPI } from "./pyodide_types";
import { WARM_MODULES, saveSnapshot } from "./snapshot";

// The interpreter's environment, the same when a snapshot is made and when one is restored
// (snapshot.ts's SNAPSHOT_FORMAT changes with it).
export const PYODIDE_ENV = { HOME: "/home/pyodide", APPWASM_WORKER: "1" };

export class StageError extends Error {
  constructor(public stage: BootStage, message: string, public cause?: unknown) {
    super(message);
  }
}

export async function fetchOk(url: string, what: string, stage: BootStage): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new StageError(stage, `Could not download ${what} (${url}): ${error}`);
  }
  if (!response.ok) throw new StageError(stage, `Could not download ${what} (${url}): HTTP ${response.status}`);
  return response;
}

// loadPyodide, failing instead of hanging when the wasm cannot be instantiated: Pyodide catches
// that error itself, only warns "wasm instantiation failed!", and never settles its promise.
export async function startPyodide(loadPyodide: LoadPyodide, options: LoadPyodideOptions, pyodideUrl: string): Promise<PyodideAPI> {
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

// Unpack a pure-Python wheel into site-packages (what loadPackage does, minus its bookkeeping,
// which a memory snapshot could not hold).
export function installWheel(pyodide: PyodideAPI, wheel: ArrayBuffer): void {
  const sitePackages = String(pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']"));
  pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
}

// Import pyodide.mjs from the site's own copy.
export async function importPyodide(pyodideUrl: string): Promise<LoadPyodide> {
  try {
    const module = (await import(/* @vite-ignore */ pyodideUrl + "pyodide.mjs")) as { loadPyodide: LoadPyodide };
    return module.loadPyodide;
  } catch (error) {
    throw new StageError("worker", `Could not load Pyodide from ${pyodideUrl}: ${error}`);
  }
}

// Start a fresh interpreter for a snapshot, put the whole runtime into it (unpacked, not
// loaded as a package: a snapshot cannot hold loadPackage's bookkeeping), import the standard
// modules apps use, and store the snapshot under `key`. Returns its size.
export async function makeSnapshot(loadPyodide: LoadPyodide, options: LoadPyodideOptions, pyodideUrl: string,
                                   runtimeWheel: ArrayBuffer, key: string): Promise<number> {
  const pyodide = await startPyodide(loadPyodide, { ...options, _makeSnapshot: true }, pyodideUrl);
  installWheel(pyodide, runtimeWheel);
  pyodide.runPython([...WARM_MODULES.map((m) => `import ${m}`), "import appwasm, appwasm.worker_entry",
    "appwasm.load_all_families()"].join("\n"));
  const snapshot = pyodide.makeMemorySnapshot();
  await saveSnapshot(key, snapshot);
  return snapshot.length;
}
