// st.selectbox: a native <select> (keyboard type-ahead, mobile pickers and screen readers for
// free). index=None shows the placeholder until an option is chosen.
import type { SelectboxNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId, useWidgetValue } from "./common";

function Selectbox({ node, eventSeq }: ElementProps<SelectboxNode>) {
  const { value, commit } = useWidgetValue<number | null>(node, eventSeq, node.index);
  const id = domId(node.id);
  const empty = node.options.length === 0;
  return (
    <div class="aw-selectbox">
      <WidgetLabel node={node} htmlFor={id} />
      <select
        id={id}
        value={value === null ? "" : String(value)}
        disabled={node.disabled || empty}
        aria-label={node.label_visibility === "visible" ? undefined : node.label}
        onChange={(e) => {
          const raw = (e.currentTarget as HTMLSelectElement).value;
          commit(raw === "" ? null : Number(raw));
        }}
      >
        {(value === null || empty) && (
          <option value="" disabled>
            {empty ? "No options to select." : node.placeholder}
          </option>
        )}
        {node.options.map((label, i) => (
          <option key={i} value={String(i)}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

registerElement<SelectboxNode>("selectbox", Selectbox);
