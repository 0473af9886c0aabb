// `:material/name:` icons as inline SVG (Material Symbols Rounded, bundled with the site and
// loaded per shard on first use). An unknown name shows as its text.
import { loadShard, shardOf } from "aw-material-icons";
import { escapeHtml } from "../html_text";
import { lazyModule } from "./lazy";

const icons = new Map<string, string>();
const loaded = new Set<number>();

const loaders = new Map<number, () => void>();
function requestShard(shard: number): void {
  if (!loaders.has(shard)) {
    loaders.set(shard, lazyModule(() => loadShard(shard), (module) => {
      for (const [name, svg] of Object.entries(module.default)) icons.set(name, svg);
      loaded.add(shard);
    }));
  }
  loaders.get(shard)!();
}

// HTML for one icon: the SVG when its shard is here, else a placeholder (and the shard is
// requested), or the name as text when no such icon exists.
export function materialIconHtml(name: string, className = "aw-material"): string {
  const svg = icons.get(name);
  if (svg !== undefined) {
    return `<svg class="${className}" viewBox="0 -960 960 960" width="1.25em" height="1.25em" fill="currentColor" aria-hidden="true" data-icon="${escapeHtml(name)}">${svg}</svg>`;
  }
  const shard = shardOf(name);
  if (!loaded.has(shard)) {
    requestShard(shard);
    return `<span class="${className} aw-material-pending" aria-hidden="true" data-icon="${escapeHtml(name)}"></span>`;
  }
  return `<span class="${className} aw-material-fallback" data-icon="${escapeHtml(name)}">${escapeHtml(name.replace(/_/g, " "))}</span>`;
}
