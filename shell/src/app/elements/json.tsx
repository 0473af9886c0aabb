// st.json: a collapsible tree built from <details>, so it works from the keyboard.
import { useMemo } from "preact/hooks";
import type { JsonNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "./registry";

function openAt(expanded: boolean | number, depth: number): boolean {
  return typeof expanded === "number" && typeof expanded !== "boolean" ? depth < expanded : Boolean(expanded);
}

function Value({ value, name, depth, expanded }: { value: unknown; name?: string; depth: number; expanded: boolean | number }) {
  const label = name !== undefined ? <span class="aw-json-key">{JSON.stringify(name)}: </span> : null;
  if (value === null || typeof value !== "object") {
    const kind = value === null ? "null" : typeof value;
    return (
      <div class="aw-json-leaf">
        {label}
        <span class={`aw-json-${kind}`}>{JSON.stringify(value)}</span>
      </div>
    );
  }
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return (
      <div class="aw-json-leaf">
        {label}
        {open}
        {close}
      </div>
    );
  }
  return (
    <details class="aw-json-node" open={openAt(expanded, depth)}>
      <summary>
        {label}
        {open}
        <span class="aw-json-count">{entries.length} items</span>
      </summary>
      <div class="aw-json-children">
        {entries.map(([k, v]) => (
          <Value key={k} value={v} name={Array.isArray(value) ? undefined : k} depth={depth + 1} expanded={expanded} />
        ))}
      </div>
      <div>{close}</div>
    </details>
  );
}

function Json({ node }: ElementProps<JsonNode>) {
  const value = useMemo(() => JSON.parse(node.body) as unknown, [node.body]);
  return (
    <div class="aw-json" data-testid="json">
      <Value value={value} depth={0} expanded={node.expanded} />
    </div>
  );
}

registerElement<JsonNode>("json", Json);
