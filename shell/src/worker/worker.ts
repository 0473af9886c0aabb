// The worker file is a shim: all logic lives in startWorker (worker_runtime.ts), which is
// testable without a real worker. This only wires it to the worker's global scope.
import { startWorker } from "./worker_runtime";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const onMessage = startWorker((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event: MessageEvent) => onMessage(event.data);
