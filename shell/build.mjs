// Bundles the shell into ../compiler/_bundled/shell/ (shipped inside the Python package).
//   app.js      the renderer (main thread), ES module; heavy parts split into lazy chunks
//   worker.js   the web worker that boots Pyodide and runs the app
//   app.css     the styles
// Run by the Python build backend, by `make shell`, and by the test fixtures when a source
// file is newer than the bundle.
import * as esbuild from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
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

const builds = [
  {
    ...common,
    entryPoints: { app: join(here, "src/app/main.tsx") },
    outdir,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    loader: { ".css": "css", ".woff2": "file" },
  },
  {
    ...common,
    entryPoints: { worker: join(here, "src/worker/worker.ts") },
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
