// st.metric: the label (markdown, with help), the value in big type, and the delta with an
// arrow whose direction and color the run computed (Streamlit's rules).
import type { MetricNode } from "../../protocol.gen";
import { Help, Markdown } from "../elements/Markdown";
import { registerElement, type ElementProps } from "../elements/registry";
import "./metric.css";

function Metric({ node }: ElementProps<MetricNode>) {
  const labelClass = node.label_visibility === "visible" ? "aw-metric-label" : `aw-metric-label aw-label-${node.label_visibility}`;
  const arrow = node.direction === "up" ? "↑" : node.direction === "down" ? "↓" : "";
  return (
    <div class="aw-metric" data-testid="stMetric" role="group" aria-label={node.label}>
      <div class={labelClass} data-testid="stMetricLabel">
        <Markdown body={node.label} inline />
        <Help text={node.help} />
      </div>
      <div class="aw-metric-value" data-testid="stMetricValue">{node.body}</div>
      {node.delta && (
        <div class={`aw-metric-delta aw-metric-${node.color}`} data-testid="stMetricDelta">
          {arrow && <span aria-label={node.direction === "up" ? "up" : "down"}>{arrow} </span>}
          {node.delta}
        </div>
      )}
    </div>
  );
}

registerElement<MetricNode>("metric", Metric);
