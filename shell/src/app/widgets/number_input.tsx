// st.number_input: a native spin button plus -/+ buttons. Enter, leaving the field, the arrow
// keys and the buttons send the value, clamped to the bounds.
import type { NumberInputNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { sprintf } from "../format";
import { WidgetLabel, domId, useWidgetValue } from "./common";

function NumberInput({ node, eventSeq }: ElementProps<NumberInputNode>) {
  const { value, committed, preview, commit } = useWidgetValue<number | string | null>(node, eventSeq, node.value);
  const id = domId(node.id);
  const isInt = node.data_type === "int";
  const clamp = (n: number) => Math.min(node.max ?? Infinity, Math.max(node.min ?? -Infinity, n));
  const parse = (text: string): number | null => {
    if (text.trim() === "") return null;
    const n = Number(text);
    if (!Number.isFinite(n)) return typeof committed === "number" ? committed : null;
    return clamp(isInt ? Math.round(n) : n);
  };
  const send = (n: number | null) => {
    if (n === committed) preview(null);
    else commit(n);
  };
  const step = (direction: 1 | -1) => {
    const base = typeof committed === "number" ? committed : node.min ?? 0;
    const next = clamp(base + direction * node.step);
    send(isInt ? Math.round(next) : Number(next.toFixed(12)));
  };
  const text = typeof value === "number" ? (node.format ? sprintf(node.format, value) : String(value)) : value ?? "";
  return (
    <div class="aw-number-input">
      <WidgetLabel node={node} htmlFor={id} />
      <div class="aw-number-row">
        <input
          id={id}
          type="number"
          inputMode={isInt ? "numeric" : "decimal"}
          value={text}
          min={node.min ?? undefined}
          max={node.max ?? undefined}
          step={node.step}
          placeholder={node.placeholder}
          disabled={node.disabled}
          aria-label={node.label_visibility === "visible" ? undefined : node.label}
          onInput={(e) => preview((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") send(parse((e.currentTarget as HTMLInputElement).value));
            else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
              e.preventDefault();
              step(e.key === "ArrowUp" ? 1 : -1);
            }
          }}
          onBlur={(e) => {
            if (typeof value === "string") send(parse((e.currentTarget as HTMLInputElement).value));
          }}
        />
        <button type="button" class="aw-step" aria-label="Decrement" disabled={node.disabled || (node.min !== null && typeof committed === "number" && committed <= node.min)} onClick={() => step(-1)}>
          −
        </button>
        <button type="button" class="aw-step" aria-label="Increment" disabled={node.disabled || (node.max !== null && typeof committed === "number" && committed >= node.max)} onClick={() => step(1)}>
          +
        </button>
      </div>
    </div>
  );
}

registerElement<NumberInputNode>("number_input", NumberInput);
