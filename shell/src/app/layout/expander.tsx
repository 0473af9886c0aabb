// st.expander: a native <details>/<summary> (keyboard operable, announced as expandable).
// `expanded` is the initial state; the user's toggling is kept across reruns until the script
// changes `expanded`.
import { useEffect, useState } from "preact/hooks";
import type { ExpanderBlock } from "../../protocol.gen";
import { BlockChildren } from "../components/Block";
import { Icon } from "../elements/alerts";
import { Markdown } from "../elements/Markdown";
import { registerBlock, type BlockProps } from "../elements/registry";

function Expander({ node, tree, path }: BlockProps<ExpanderBlock>) {
  const [open, setOpen] = useState(node.expanded);
  useEffect(() => setOpen(node.expanded), [node.expanded]);
  return (
    <details
      class="aw-expander"
      data-testid="expander"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary class="aw-expander-summary">
        <Icon icon={node.icon} />
        <Markdown body={node.label} inline />
      </summary>
      <div class="aw-expander-body aw-block aw-vertical">
        <BlockChildren tree={tree} path={path} />
      </div>
    </details>
  );
}

registerBlock<ExpanderBlock>("expander", Expander);
