// Markdown extensions that load on demand (KaTeX, emoji shortcodes, Material icons). Rendering
// is synchronous: a piece of markdown that needs an extension not loaded yet renders a plain
// fallback, asks for the extension, and renders again when it arrives (useExtensionsVersion).
import { useEffect, useState } from "preact/hooks";

let version = 0;
const listeners = new Set<() => void>();
let scheduled = false;

// Called when an extension finished loading: every markdown view renders again, once.
export function extensionLoaded(): void {
  version++;
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    for (const listener of listeners) listener();
  });
}

export function useExtensionsVersion(): number {
  const [, rerender] = useState(0);
  useEffect(() => {
    const listener = () => rerender((n) => n + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return version;
}

// Loads a module once; `onLoad` runs when it arrives (then every view renders again).
export function lazyModule<T>(load: () => Promise<T>, onLoad: (module: T) => void): () => void {
  let started = false;
  return () => {
    if (started) return;
    started = true;
    load().then(
      (module) => {
        onLoad(module);
        extensionLoaded();
      },
      (error) => console.error("appwasm: a renderer extension failed to load", error),
    );
  };
}
