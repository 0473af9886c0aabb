// st.tabs: the ARIA tabs pattern. The arrow keys, Home and End move between tabs (and select
// them); only the selected tab is in the Tab order. Every tab's content stays rendered (hidden
// when not selected), as in Streamlit, so widgets keep their state. The selection is the
// renderer's own and survives reruns; it follows its label if the tabs change.
import { useState } from "preact/hooks";
import type { TabBlock, TabContainerBlock } from "../../protocol.gen";
import { BlockChildren } from "../components/Block";
import { Markdown } from "../elements/Markdown";
import { registerBlock, type BlockProps } from "../elements/registry";
import type { TreeNode } from "../tree";

function tabLabel(child: TreeNode): string | null {
  return child.kind === "block" && child.node?.type === "tab" ? (child.node as TabBlock).label : null;
}

function Tabs({ tree, path }: BlockProps<TabContainerBlock>) {
  const labels = tree.children.map(tabLabel);
  const [chosen, setChosen] = useState<{ index: number; label: string | null }>({ index: 0, label: labels[0] ?? null });
  let selected = chosen.index;
  if (labels[selected] !== chosen.label) {
    const byLabel = chosen.label === null ? -1 : labels.indexOf(chosen.label);
    selected = byLabel >= 0 ? byLabel : 0;
  }
  const base = `aw-tabs-${path.replace(/\./g, "-")}`;
  const tabIds = labels.map((_, i) => `${base}-tab-${i}`);
  const select = (index: number, focus: boolean) => {
    setChosen({ index, label: labels[index] });
    if (focus) document.getElementById(tabIds[index])?.focus();
  };
  const present = labels.map((label, i) => (label === null ? -1 : i)).filter((i) => i >= 0);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = present.indexOf(selected);
    let next: number | undefined;
    if (e.key === "ArrowRight") next = present[(at + 1) % present.length];
    else if (e.key === "ArrowLeft") next = present[(at - 1 + present.length) % present.length];
    else if (e.key === "Home") next = present[0];
    else if (e.key === "End") next = present[present.length - 1];
    if (next === undefined) return;
    e.preventDefault();
    select(next, true);
  };
  return (
    <div class="aw-tabs" data-testid="tabs">
      <div class="aw-tablist" role="tablist" onKeyDown={onKeyDown}>
        {labels.map((label, i) =>
          label === null ? null : (
            <button
              key={i}
              type="button"
              role="tab"
              id={tabIds[i]}
              class="aw-tab"
              aria-selected={i === selected}
              aria-controls={`${base}-panel-${i}`}
              tabIndex={i === selected ? 0 : -1}
              onClick={() => select(i, false)}
            >
              <Markdown body={label} inline />
            </button>
          ),
        )}
      </div>
      {tree.children.map((child, i) =>
        labels[i] === null ? null : (
          <div
            key={i}
            role="tabpanel"
            id={`${base}-panel-${i}`}
            aria-labelledby={tabIds[i]}
            class="aw-tabpanel aw-block aw-vertical"
            hidden={i !== selected}
            tabIndex={0}
            data-path={`${path}.${i}`}
          >
            <BlockChildren tree={child} path={`${path}.${i}`} />
          </div>
        ),
      )}
    </div>
  );
}

registerBlock<TabContainerBlock>("tab_container", Tabs);
