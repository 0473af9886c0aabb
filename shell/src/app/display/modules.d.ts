// Virtual modules made by shell/build.mjs: Material Symbols' inner SVG markup by icon name,
// in shards; the index maps a name to its shard.
declare module "aw-material-icons" {
  export function shardOf(name: string): number;
  export function loadShard(shard: number): Promise<{ default: Record<string, string> }>;
}

// markdown-it-emoji ships no types.
declare module "markdown-it-emoji" {
  import type MarkdownIt from "markdown-it";
  export const bare: (md: MarkdownIt, options?: { defs?: Record<string, string>; shortcuts?: Record<string, string[]> }) => void;
}
declare module "markdown-it-emoji/lib/data/full.mjs" {
  const defs: Record<string, string>;
  export default defs;
}
