import type { ButtonNode } from "../../protocol.gen";
import { Icon } from "../elements/alerts";
import { Help, Markdown } from "../elements/Markdown";
import { registerElement, type ElementProps } from "../elements/registry";
import { useApp } from "../context";

function Button({ node }: ElementProps<ButtonNode>) {
  const { sendWidget } = useApp();
  return (
    <div class={`aw-button-row${node.use_container_width ? " aw-full-width" : ""}`}>
      <button
        type="button"
        class={`aw-button aw-button-${node.kind}`}
        disabled={node.disabled}
        onClick={() => sendWidget(node.id, true, node.form_id, { trigger: true })}
      >
        <Icon icon={node.icon} />
        <Markdown body={node.label} inline />
      </button>
      <Help text={node.help} />
    </div>
  );
}

registerElement<ButtonNode>("button", Button);
