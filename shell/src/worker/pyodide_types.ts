// The slice of Pyodide's API the worker uses. Pyodide is loaded at run time from the site's
// own copy (its version is chosen at build time), so it is typed here rather than imported.

export interface PyProxy {
  destroy(): void;
}

export interface PyCallable extends PyProxy {
  (...args: unknown[]): unknown;
  callPromising(...args: unknown[]): Promise<unknown>;
}

export interface PyodideAPI {
  version: string;
  FS: {
    mkdirTree(path: string): void;
    chdir(path: string): void;
  };
  unpackArchive(buffer: ArrayBuffer, format: string, options?: { extractDir?: string }): void;
  loadPackage(names: string[], options?: { messageCallback?: (msg: string) => void }): Promise<unknown>;
  pyimport(name: string): Record<string, PyCallable> & PyProxy;
  runPython(code: string): unknown;
  setInterruptBuffer(buffer: Int32Array | Uint8Array): void;
  setStdout(options: { batched: (text: string) => void }): void;
  setStderr(options: { batched: (text: string) => void }): void;
  toPy(value: unknown): PyProxy;
  // Private API (pinned Pyodide versions only): the interpreter's memory, to restore later.
  makeMemorySnapshot(): Uint8Array;
}

export interface LoadPyodideOptions {
  indexURL: string;
  lockFileURL?: string;
  packages?: string[];
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  env?: Record<string, string>;
  fullStdLib?: boolean;
  _makeSnapshot?: boolean;
  _loadSnapshot?: Uint8Array;
}

export type LoadPyodide = (options: LoadPyodideOptions) => Promise<PyodideAPI>;
