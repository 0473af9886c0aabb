// Containers: vertical stacks, rows of columns, columns.
import type { ColumnBlock, HorizontalBlock, VerticalBlock } from "../../protocol.gen";
import { BlockChildren } from "../components/Block";
import { registerBlock, type BlockProps } from "./registry";

function Vertical({ node, tree, path }: BlockProps<VerticalBlock>) {
  const style = node.height ? { height: `${node.height}px`, overflowY: "auto" as const } : undefined;
  return (
    <div
      class={`aw-block aw-vertical${node.border ? " aw-border" : ""}${node.key ? ` st-key-${node.key.replace(/[^A-Za-z0-9_-]/g, "-")}` : ""}`}
      style={style}
      tabIndex={node.height ? 0 : undefined}
      data-testid={node.height ? "scroll-container" : undefined}
    >
      <BlockChildren tree={tree} path={path} />
    </div>
  );
}

function Horizontal({ node, tree, path }: BlockProps<HorizontalBlock>) {
  return (
    <div class={`aw-block aw-horizontal aw-gap-${node.gap}`}>
      <BlockChildren tree={tree} path={path} />
    </div>
  );
}

function Column({ node, tree, path }: BlockProps<ColumnBlock>) {
  return (
    <div class={`aw-block aw-column aw-align-${node.vertical_alignment}`} style={{ flex: `${node.weight} 1 0%` }}>
      <BlockChildren tree={tree} path={path} />
    </div>
  );
}

registerBlock<VerticalBlock>("vertical", Vertical);
registerBlock<HorizontalBlock>("horizontal", Horizontal);
registerBlock<ColumnBlock>("column", Column);
