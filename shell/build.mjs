// Bundles the shell into ../compiler/_bundled/shell/ (shipped inside the Python package).
//   start.js    the page's first script: starts the worker while the renderer loads
//   app.js      the renderer (main thread), ES module; heavy parts split into lazy chunks
//   worker.js   the web worker that boots Pyodide and runs the app
//   app.css     the styles
// Run by the Python build backend, by `make shell`, and by the test fixtures when a source
// file is newer than the bundle.
import * as esbuild from "esbuild";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, "..", "compiler", "_bundled", "shell");
const watch = process.argv.includes("--watch");

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const common = {
  bundle: true,
  format: "esm",
  target: ["es2022"],
  minify: !process.argv.includes("--no-minify"),
  sourcemap: "linked",
  legalComments: "linked",
  jsx: "automatic",
  jsxImportSource: "preact",
  logLevel: "warning",
  metafile: true,
};

// KaTeX's stylesheet lists each font as woff2, woff and ttf; every browser we support reads
// woff2, so keep only those (the site ships 20 small files instead of 60).
const katexWoff2Only = {
  name: "katex-woff2-only",
  setup(build) {
    build.onLoad({ filter: /katex[\\/]dist[\\/]katex\.min\.css$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/,url\([^)]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, ""),
      loader: "css",
    }));
  },
};

// Material Symbols (Rounded, as Streamlit uses) for `:material/name:`, as inline SVG, spread
// over 64 lazy chunks by a hash of the name (`aw-material-icons/N`, ~30 kB each), so a page
// loads only the shards its icons are in, and nothing when it shows none. The index module
// `aw-material-icons` (in the main bundle) maps a name to its shard.
const iconDir = join(here, "node_modules/@material-symbols/svg-400/rounded");
const ICON_SHARDS = 64;
function shardOf(name) {
  let h = 7;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % 64;
}
const materialIcons = {
  name: "aw-material-icons",
  setup(build) {
    build.onResolve({ filter: /^aw-material-icons(\/\d+)?$/ }, (args) => ({ path: args.path, namespace: "aw-icons" }));
    build.onLoad({ filter: /.*/, namespace: "aw-icons" }, (args) => {
      const match = /\/(\d+)$/.exec(args.path);
      if (!match) {
        const cases = Array.from({ length: ICON_SHARDS }, (_, i) => `case ${i}: return import("aw-material-icons/${i}");`);
        return {
          contents: `export function shardOf(name) { return (${shardOf.toString()})(name); }\n` +
            `export function loadShard(n) { switch (n) { ${cases.join(" ")} } return Promise.resolve({ default: {} }); }`,
          loader: "js",
        };
      }
      const icons = {};
      for (const file of readdirSync(iconDir)) {
        if (!file.endsWith(".svg") || file.endsWith("-fill.svg")) continue;
        const name = file.slice(0, -4);
        if (shardOf(name) !== Number(match[1])) continue;
        icons[name] = readFileSync(join(iconDir, file), "utf8").replace(/^<svg[^>]*>|<\/svg>\s*$/g, "");
      }
      return { contents: `export default ${JSON.stringify(icons)};`, loader: "js" };
    });
  },
};

const builds = [
  {
    ...common,
    // katex.css is loaded by the math chunk only when a page shows LaTeX.
    entryPoints: { app: join(here, "src/app/main.tsx"), katex: join(here, "node_modules/katex/dist/katex.min.css") },
    outdir,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "assets/[name]-[hash]",
    loader: { ".css": "css", ".woff2": "file" },
    plugins: [katexWoff2Only, materialIcons],
  },
  {
    ...common,
    // The page's first script: a few kB with no imports, so it runs (and starts the worker)
    // before the renderer's modules have arrived.
    entryPoints: { start: join(here, "src/app/start.ts") },
    outdir,
  },
  {
    ...common,
    entryPoints: { worker: join(here, "src/worker/worker.ts"), "snapshot-worker": join(here, "src/worker/snapshot_worker.ts") },
    outdir,
    // Pyodide is loaded at run time from the site's own copy, never bundled.
    external: ["pyodide"],
  },
];

const results = await Promise.all(builds.map((b) => esbuild.build(b)));
const sizes = {};
for (const result of results) {
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith(".map") && !file.endsWith(".LEGAL.txt")) sizes[file.split("/_bundled/shell/")[1] ?? file] = info.bytes;
  }
}
writeFileSync(join(outdir, "bundle-sizes.json"), JSON.stringify(sizes, null, 2));
if (!watch) console.log(`appwasm shell: ${Object.keys(sizes).length} files -> ${outdir}`);
