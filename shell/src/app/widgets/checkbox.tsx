import type { CheckboxNode } from "../../protocol.gen";
import { Help, Markdown } from "../elements/Markdown";
import { registerElement, type ElementProps } from "../elements/registry";
import { domId, useWidgetValue } from "./common";

function Checkbox({ node, eventSeq }: ElementProps<CheckboxNode>) {
  const { value, commit } = useWidgetValue(node, eventSeq, node.value);
  const id = domId(node.id);
  const toggle = node.style === "toggle";
  const hiddenLabel = node.label_visibility !== "visible";
  return (
    <div class={`aw-checkbox${toggle ? " aw-toggle" : ""}`}>
      <input
        id={id}
        type="checkbox"
        role={toggle ? "switch" : undefined}
        checked={value}
        disabled={node.disabled}
        aria-label={hiddenLabel ? node.label : undefined}
        onChange={(e) => commit((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id} class={hiddenLabel ? `aw-label-${node.label_visibility}` : undefined}>
        <Markdown body={node.label} inline />
      </label>
      <Help text={node.help} />
    </div>
  );
}

registerElement<CheckboxNode>("checkbox", Checkbox);
