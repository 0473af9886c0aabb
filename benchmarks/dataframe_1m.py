"""st.dataframe with 1,000,000 rows x 10 mixed columns, in Chromium with Pyodide 0.29.0 + pandas.

For each of N cold loads (fresh browser context), measured in the same run:
  - in the worker: building the frame in pandas (baseline), encoding it (serialization, incl.
    the content hash), the whole st.dataframe call (encode + hash + copy out of wasm + post),
    and pandas' own JSON of just 10,000 of the rows (a JSON-rows baseline);
  - transfer: when the frame message reaches the renderer, after the st.dataframe call
    returned in the worker (the frame is posted just before it returns; negative: it arrived
    before the worker was done);
  - first visible rows: from the frame message to the grid's first row in the DOM;
  - scrolling: frame times of a requestAnimationFrame loop that scrolls the grid by 2,000 rows
    per frame, next to the same loop without scrolling (the display-rate baseline);
  - sorting all rows in the renderer by a float and by a string column (click to next frame);
  - the toolbar's "Download as CSV" of all 1M rows (click to the browser's download event);
  - the toolbar's search over every row and shown column (typing to the match count shown):
    a word (text columns only: no number or date can contain it) and digits (every column);
  - DOM nodes while scrolling; renderer memory (JS heap + ArrayBuffers, from the DevTools
    protocol) above a page with a 10-row frame, against the raw size of the columns.

    python benchmarks/dataframe_1m.py [--loads 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from common import CHROMIUM_ARGS, REPO, build_site, chromium_path, ensure_shell_bundle, save, serve_site

sys.path.insert(0, str(REPO))
from tests.e2e.pyodide_pandas import pandas_pyodide_dist  # noqa: E402

HERE = Path(__file__).resolve().parent

# Records when the frame message arrives and when the first grid row appears (absolute ms).
OBSERVER = """
window.__bench = { frameAt: null, firstRowAt: null, deltaAt: null };
const abs = () => performance.timeOrigin + performance.now();
const hook = setInterval(() => {
  const s = window.__appwasm && window.__appwasm.store;
  if (!s) return;
  clearInterval(hook);
  const receive = s.receive.bind(s);
  s.receive = (m) => {
    if (m.type === 'frame' && window.__bench.frameAt === null) window.__bench.frameAt = abs();
    if (m.type === 'delta' && m.node && m.node.type === 'arrow_data_frame' && window.__bench.deltaAt === null) window.__bench.deltaAt = abs();
    receive(m);
  };
}, 0);
new MutationObserver(() => {
  if (window.__bench.firstRowAt === null && document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]'))
    window.__bench.firstRowAt = abs();
}).observe(document, { subtree: true, childList: true });
"""

SCROLL = """async ([frames, step]) => {
  const g = document.querySelector('[role="grid"]');
  const times = [];
  let nodes = 0;
  await new Promise((resolve) => {
    let last = performance.now();
    let n = 0;
    const tick = (t) => {
      times.push(t - last);
      last = t;
      if (step) g.scrollTop = Math.min(g.scrollHeight, g.scrollTop + step);
      nodes = Math.max(nodes, document.querySelectorAll('*').length);
      if (++n < frames) requestAnimationFrame(tick); else resolve();
    };
    requestAnimationFrame(tick);
  });
  times.shift();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)], nodes,
           rows: g.querySelectorAll('[role="row"]').length };
}"""


# Time from a click on a column's sort button to the frame after the grid re-rendered.
SORT = """async (name) => {
  const button = document.querySelector(`[aria-label="Sort by ${name}"]`);
  const t0 = performance.now();
  button.click();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t0;
}"""


# Time from typing a query into the grid's search to the match count being shown.
SEARCH = """async (query) => {
  if (!document.querySelector('input[type="search"]')) {
    document.querySelector('[role="toolbar"] button[aria-label="Search"]').click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  const box = document.querySelector('input[type="search"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const t0 = performance.now();
  setValue.call(box, query);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  const status = document.querySelector('.aw-grid-search-status');
  let first = null;
  while (status.dataset.query !== query || !/ of 1000000 rows$/.test(status.textContent)) {
    if (first === null && status.dataset.query === query) first = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 5));
  }
  return { ms: performance.now() - t0, first: first ?? performance.now() - t0, status: status.textContent };
}"""


def export_csv(page) -> tuple[float, int]:
    button = page.locator('[role="toolbar"] button[aria-label="Download as CSV"]')
    started = time.perf_counter()
    with page.expect_download(timeout=120_000) as download:
        button.dispatch_event("click")
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, Path(download.value.path()).stat().st_size


def heap(page) -> float:
    cdp = page.context.new_cdp_session(page)
    cdp.send("HeapProfiler.collectGarbage")
    usage = cdp.send("Runtime.getHeapUsage")
    cdp.detach()
    return usage["usedSize"] + usage.get("backingStorageSize", 0)


def open_app(browser, url: str, wait_text: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(OBSERVER)
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("window.__appwasm && window.__appwasm.store.boot.interactive && !window.__appwasm.store.running",
                           timeout=300_000)
    page.get_by_text(wait_text).first.wait_for()
    return context, page


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loads", type=int, default=3)
    args = parser.parse_args()
    ensure_shell_bundle()
    dist = str(pandas_pyodide_dist())
    tmp = Path(tempfile.mkdtemp())
    big = build_site(HERE / "apps" / "dataframe_1m_app.py", tmp / "big", "--pyodide-dist", dist)
    small = build_site(HERE / "apps" / "dataframe_small_app.py", tmp / "small", "--pyodide-dist", dist)
    servers = [serve_site(big), serve_site(small)]
    rows: dict[str, list[float]] = {k: [] for k in (
        "pandas: build the frame (baseline)", "worker: encode (serialize + hash)", "worker: of which content hash",
        "worker: st.dataframe call (encode, copy out, post)",
        "pandas to_json of 10k rows (baseline)", "transfer (frame at renderer - call returned)", "first visible rows after data",
        "frame time idle (baseline)", "frame time scrolling (median)", "frame time scrolling (p95)",
        "DOM nodes while scrolling", "grid rows in DOM", "sort 1M rows by a float column", "sort 1M rows by a string column",
        "CSV export of 1M rows (click to download)", "CSV size (MB)", "search 1M rows for a word", "search 1M rows for digits (all 10 columns)",
        "search: first results shown", "renderer memory / raw data (x)", "raw data (MB)")}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            for load in range(args.loads):
                context, page = open_app(browser, servers[1].url, '"small"')
                small_heap = heap(page)
                context.close()
                context, page = open_app(browser, servers[0].url, "raw_bytes")
                page.wait_for_function("window.__bench.firstRowAt !== null", timeout=60_000)
                info = json.loads(page.locator("code").filter(has_text="raw_bytes").inner_text())
                bench = page.evaluate("window.__bench")
                chunk = page.evaluate("performance.getEntriesByType('resource').filter(e => e.name.includes('DataFrameView')).map(e => performance.timeOrigin + e.responseEnd)[0]")
                print(f"  delta after frame {bench['deltaAt'] - bench['frameAt']:.0f} ms, chunk loaded after frame "
                      f"{(chunk or 0) - bench['frameAt']:.0f} ms", flush=True)
                rows["pandas: build the frame (baseline)"].append(info["build_ms"])
                rows["worker: encode (serialize + hash)"].append(info["encode_ms"])
                rows["worker: of which content hash"].append(info["hash_ms"])
                rows["worker: st.dataframe call (encode, copy out, post)"].append(info["dataframe_call_ms"])
                rows["pandas to_json of 10k rows (baseline)"].append(info["json_10k_ms"])
                rows["transfer (frame at renderer - call returned)"].append(bench["frameAt"] - info["dataframe_start"] - info["encode_ms"])
                rows["first visible rows after data"].append(bench["firstRowAt"] - bench["frameAt"])
                idle = page.evaluate(SCROLL, [120, 0])
                scrolling = page.evaluate(SCROLL, [240, 2000 * 35])
                rows["frame time idle (baseline)"].append(idle["median"])
                rows["frame time scrolling (median)"].append(scrolling["median"])
                rows["frame time scrolling (p95)"].append(scrolling["p95"])
                rows["DOM nodes while scrolling"].append(scrolling["nodes"])
                rows["grid rows in DOM"].append(scrolling["rows"])
                rows["sort 1M rows by a float column"].append(page.evaluate(SORT, "x"))
                rows["sort 1M rows by a string column"].append(page.evaluate(SORT, "name"))
                export_ms, csv_bytes = export_csv(page)
                rows["CSV export of 1M rows (click to download)"].append(export_ms)
                rows["CSV size (MB)"].append(csv_bytes / 1e6)
                rows["search 1M rows for a word"].append(page.evaluate(SEARCH, "zzz")["ms"])
                digits = page.evaluate(SEARCH, "4321")
                rows["search 1M rows for digits (all 10 columns)"].append(digits["ms"])
                rows["search: first results shown"].append(digits["first"])
                big_heap = heap(page)
                rows["renderer memory / raw data (x)"].append((big_heap - small_heap) / info["raw_bytes"])
                rows["raw data (MB)"].append(info["raw_bytes"] / 1e6)
                context.close()
                print(f"load {load + 1}/{args.loads}: encode {info['encode_ms']:.0f} ms, first rows "
                      f"{bench['firstRowAt'] - bench['frameAt']:.0f} ms, scroll p50 {scrolling['median']:.1f} ms", flush=True)
            browser.close()
    finally:
        for server in servers:
            server.stop()
    print(f"\n1,000,000 rows x 10 columns, {args.loads} cold loads, medians:")
    width = max(map(len, rows))
    for name, samples in rows.items():
        print(f"{name.ljust(width)}  {statistics.median(samples):>10.1f}   (min {min(samples):.1f}, max {max(samples):.1f})")
    path = save("dataframe_1m", {"args": vars(args), "results": rows})
    print(f"\nraw samples: {path}")


if __name__ == "__main__":
    main()
