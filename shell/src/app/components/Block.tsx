// Renders a block's children. Each element sits in a keyed wrapper; the element component is
// memoized on its payload, so an element a run re-sent unchanged keeps its DOM, focus and
// scroll position.
import { memo } from "preact/compat";
import { useApp } from "../context";
import { blockComponent, elementComponent } from "../elements/registry";
import type { TreeNode } from "../tree";

const ElementView = memo(
  function ElementView({ tree }: { tree: TreeNode }) {
    const node = tree.node!;
    const Component = elementComponent(node.type);
    if (!Component) {
      return (
        <div class="aw-alert aw-alert-error" role="alert">
          This page cannot show elements of type <code>{node.type}</code>: the page and the app come from different appwasm versions.
        </div>
      );
    }
    // Keyed by widget id: a different widget in the same slot must not inherit local state.
    const key = (node as { id?: string }).id ?? node.type;
    return <Component key={key} node={node} eventSeq={tree.eventSeq} />;
  },
  (a, b) => a.tree.node === b.tree.node && a.tree.eventSeq === b.tree.eventSeq,
);

export const BlockView = memo(
  function BlockView({ tree, path }: { tree: TreeNode; path: string }) {
    const node = tree.node!;
    const Component = blockComponent(node.type);
    if (!Component) return <BlockChildren tree={tree} path={path} />;
    return <Component node={node} tree={tree} path={path} />;
  },
  (a, b) => a.tree === b.tree && a.path === b.path,
);

export function BlockChildren({ tree, path }: { tree: TreeNode; path: string }) {
  const { store } = useApp();
  return (
    <>
      {tree.children.map((child, index) => {
        if (child.kind === "empty") return <div key={index} class="aw-empty" />;
        const childPath = `${path}.${index}`;
        const stale = store.isStale(child, childPath);
        if (child.kind === "block") {
          return (
            <div key={index} class={`aw-block-slot${stale ? " aw-stale" : ""}`} data-path={childPath}>
              <BlockView tree={child} path={childPath} />
            </div>
          );
        }
        return (
          <div
            key={index}
            class={`aw-element aw-el-${child.node!.type}${stale ? " aw-stale" : ""}`}
            data-path={childPath}
            data-testid={`element-${child.node!.type}`}
          >
            <ElementView tree={child} />
          </div>
        );
      })}
    </>
  );
}
