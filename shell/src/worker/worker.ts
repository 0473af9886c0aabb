// The worker file is a shim: all logic lives in startWorker (worker_runtime.ts), which is
// testable without a real worker. This only wires it to the worker's global scope.
import { startWorker } from "./worker_runtime";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const worker = startWorker((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event: MessageEvent) => worker.onMessage(event.data);
// Some failures inside Pyodide's start-up (e.g. the wasm cannot be compiled) surface only as an
// unhandled rejection, leaving loadPyodide pending forever: report them as a failed boot.
scope.addEventListener("unhandledrejection", (event) => worker.onFatal(event.reason));
scope.addEventListener("error", (event) => worker.onFatal(event.error ?? event.message));
