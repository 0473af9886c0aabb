"""Cold-load and rerun benchmark, in Chromium, next to a bare Pyodide boot measured in the same run.

For each of N cold loads (a fresh browser context: empty HTTP cache):
  - baseline: a page whose module worker only does `loadPyodide()` from the same site (the floor
    any Pyodide app pays), and the time until it can run Python;
  - appwasm, first visit: time to first app content (the first element in the DOM; prerendered at
    build time), time to interactive (the first run finished), the boot stages, and the rerun
    latency: a key press on a slider until the dependent text shows the new value (median of
    several presses per load);
  - appwasm, repeat visit in the same profile: time to interactive when the interpreter is
    restored from the memory snapshot the first visit stored.

    python benchmarks/boot_and_rerun.py [--loads 5] [--presses 10] [--isolate]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from common import CHROMIUM_ARGS, build_site, chromium_path, ensure_shell_bundle, save, serve_site, summarize, table

HERE = Path(__file__).resolve().parent

BARE_PAGE = """<!doctype html><meta charset="utf-8"><title>bare pyodide</title>
<script type="module">
const worker = new Worker("bare-worker.js", {type: "module"});
worker.onmessage = (e) => { window.__bare = e.data; };
</script>"""
BARE_WORKER = """
const t0 = performance.now();
const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", self.location.href).href);
const py = await loadPyodide({ indexURL: new URL("pyodide/", self.location.href).href });
py.runPython("1 + 1");
postMessage({ ready: performance.timeOrigin + performance.now() });
"""

READY = "window.__appwasm && window.__appwasm.store.boot.interactive && !window.__appwasm.store.running"
SNAPSHOT_STORED = "['stored', 'not needed', 'failed'].includes(window.__appwasm.snapshot)"

# Records when the first element appears and when the dependent text changes.
OBSERVER = """
window.__bench = { firstContent: null, keyAt: null, changedAt: null, last: null };
new MutationObserver(() => {
  const b = window.__bench;
  if (b.firstContent === null && document.querySelector('main [data-testid^="element-"]')) b.firstContent = performance.now();
  const el = [...document.querySelectorAll('main .aw-el-markdown')].find(e => e.textContent.startsWith('Dependent:'));
  if (el && el.textContent !== b.last) { b.last = el.textContent; if (b.keyAt !== null && b.changedAt === null) b.changedAt = performance.now(); }
}).observe(document, { subtree: true, childList: true, characterData: true });
document.addEventListener('keydown', () => { window.__bench.keyAt = performance.now(); window.__bench.changedAt = null; }, true);
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--presses", type=int, default=10)
    parser.add_argument("--isolate", action="store_true", help="serve with cross-origin isolation headers")
    parser.add_argument("--no-snapshot", action="store_true", help="build without interpreter snapshots (no repeat-visit rows)")
    args = parser.parse_args()

    ensure_shell_bundle()
    flags = ["--no-snapshot"] if args.no_snapshot else []
    site = build_site(HERE / "apps" / "rerun_app.py", Path(tempfile.mkdtemp()) / "site", *flags)
    (site / "bare.html").write_text(BARE_PAGE)
    (site / "bare-worker.js").write_text(BARE_WORKER)
    server = serve_site(site, isolate=args.isolate)
    results: dict[str, list[float]] = {k: [] for k in (
        "bare Pyodide boot (baseline)", "first app content (prerendered)", "interactive, first visit",
        "  stage: pyodide ready", "  stage: runtime ready", "interactive, repeat visit (snapshot)",
        "  stage: pyodide restored", "rerun latency (key -> text)")}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            for load in range(args.loads):
                context = browser.new_context()
                page = context.new_page()
                page.goto(server.url + "bare.html")
                page.wait_for_function("window.__bare", timeout=120_000)
                ready = page.evaluate("window.__bare.ready - performance.timeOrigin")
                results["bare Pyodide boot (baseline)"].append(ready)
                context.close()

                context = browser.new_context()
                context.add_init_script(OBSERVER)
                page = context.new_page()
                page.goto(server.url)
                page.wait_for_function(READY, timeout=120_000)
                boot = page.evaluate("window.__appwasm.store.boot.reached")
                history = page.evaluate("window.__appwasm.store.history")
                results["first app content (prerendered)"].append(page.evaluate("window.__bench.firstContent"))
                results["interactive, first visit"].append(history[0]["finished_at"])
                results["  stage: pyodide ready"].append(boot["pyodide"])
                results["  stage: runtime ready"].append(boot["runtime"])
                page.get_by_role("slider", name="Value").focus()
                latencies = []
                for i in range(args.presses):
                    page.keyboard.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
                    page.wait_for_function("window.__bench.changedAt !== null", timeout=30_000)
                    latencies.append(page.evaluate("window.__bench.changedAt - window.__bench.keyAt"))
                    page.wait_for_function("!window.__appwasm.store.running")
                results["rerun latency (key -> text)"].append(statistics.median(latencies))
                if args.no_snapshot:
                    context.close()
                    print(f"load {load + 1}/{args.loads}: baseline {ready:.0f} ms, interactive "
                          f"{history[0]['finished_at']:.0f} ms", flush=True)
                    continue
                page.wait_for_function(SNAPSHOT_STORED, timeout=120_000)
                snapshot_state = page.evaluate("window.__appwasm.snapshot")
                if snapshot_state != "stored":
                    raise SystemExit(f"load {load + 1}: the first visit did not store a snapshot ({snapshot_state})")
                page.close()
                # The same profile again: HTTP cache warm, interpreter restored from the snapshot.
                page = context.new_page()
                page.goto(server.url)
                page.wait_for_function(READY, timeout=120_000)
                detail = page.evaluate("window.__appwasm.store.boot.details.pyodide")
                if detail != "snapshot restored":
                    raise SystemExit(f"load {load + 1}: the repeat visit did not restore the snapshot ({detail})")
                repeat = page.evaluate("window.__appwasm.store.history")[0]["finished_at"]
                results["interactive, repeat visit (snapshot)"].append(repeat)
                results["  stage: pyodide restored"].append(page.evaluate("window.__appwasm.store.boot.reached.pyodide"))
                context.close()
                print(f"load {load + 1}/{args.loads}: baseline {ready:.0f} ms, interactive {history[0]['finished_at']:.0f} ms, "
                      f"repeat {repeat:.0f} ms, rerun {statistics.median(latencies):.1f} ms", flush=True)
            browser.close()
    finally:
        server.stop()
    rows = [(name, summarize(samples)) for name, samples in results.items() if samples]
    mode = "cross-origin isolated" if args.isolate else "not isolated"
    print(f"\nCold loads in Chromium ({args.loads} loads, {args.presses} key presses each; {mode}); "
          "times from navigation start, rerun latency per key press:")
    print(table(rows))
    path = save("boot_and_rerun", {"args": vars(args), "results": results})
    print(f"\nraw samples: {path}")


if __name__ == "__main__":
    main()
