// st.graphviz_chart (a lazy chunk: Graphviz compiled to WebAssembly, from @viz-js/viz). The DOT
// source is laid out here; the SVG Graphviz writes is sanitized (no scripts, no event
// handlers, no javascript: links) before it enters the page.
import { instance, type Viz } from "@viz-js/viz";
import DOMPurify from "dompurify";
import { useEffect, useRef, useState } from "preact/hooks";
import type { GraphvizChartNode } from "../../protocol.gen";
import type { ElementProps } from "../elements/registry";

let vizPromise: Promise<Viz> | null = null;

export function GraphvizChart({ node }: ElementProps<GraphvizChartNode>) {
  const host = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    vizPromise ??= instance();
    void vizPromise.then((viz) => {
      if (cancelled) return;
      const result = viz.render(node.spec, { format: "svg", engine: node.engine || "dot" });
      if (result.status !== "success") {
        setError(result.errors.map((e) => e.message).join("\n") || "Graphviz could not lay out this graph.");
        return;
      }
      const clean = DOMPurify.sanitize(result.output, { USE_PROFILES: { svg: true, svgFilters: true }, RETURN_DOM_FRAGMENT: true });
      const svg = clean.querySelector("svg");
      if (!svg) return setError("Graphviz returned no drawing.");
      svg.setAttribute("role", "img");
      const title = svg.querySelector("title")?.textContent;
      svg.setAttribute("aria-label", title ? `Graph: ${title}` : "Graph");
      if (node.use_container_width) {
        svg.setAttribute("width", "100%");
        svg.removeAttribute("height");
      }
      setError(null);
      host.current!.replaceChildren(svg);
    });
    return () => {
      cancelled = true;
    };
  }, [node.spec, node.engine, node.use_container_width]);
  return (
    <div class="aw-chart" data-testid="stGraphVizChart">
      {error && <div class="aw-chart-error" role="alert">{error}</div>}
      <div ref={host} class="aw-graphviz" />
    </div>
  );
}
