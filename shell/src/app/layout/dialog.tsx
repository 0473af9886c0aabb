// @st.dialog: a native modal <dialog> (showModal makes the page behind inert and closes on
// Escape; Tab wraps around inside it, so focus never leaves for the browser's own UI), drawn
// over the app for each dialog block in the event root. A run that
// sends the dialog opens it (again); closing it sends nothing, as in Streamlit. A run of the
// whole script that does not call the dialog function prunes the block, which closes it.
import { useEffect, useRef, useState } from "preact/hooks";
import type { DialogBlock } from "../../protocol.gen";
import { BlockChildren } from "../components/Block";
import { useApp } from "../context";
import { Markdown } from "../elements/Markdown";
import { registerOverlay } from "../elements/registry";
import { ROOT_EVENT } from "../store";
import type { TreeNode } from "../tree";
import { FOCUSABLE } from "./focusable";

// Keep Tab and Shift+Tab inside the dialog (a modal <dialog> alone lets focus reach the browser UI).
function trapTab(e: KeyboardEvent): void {
  if (e.key !== "Tab") return;
  const dialog = e.currentTarget as HTMLDialogElement;
  const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

function DialogView({ tree, path }: { tree: TreeNode; path: string }) {
  const node = tree.node as DialogBlock;
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(true);
  const titleId = `aw-dialog-title-${path.replace(/\./g, "-")}`;
  // Each run that sends the block (a new run id) opens it; runs of its body (a fragment) do not.
  useEffect(() => setOpen(true), [tree.runId]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      class={`aw-dialog aw-dialog-${node.width}`}
      aria-labelledby={titleId}
      aria-modal="true"
      data-testid="dialog"
      onCancel={(e) => {
        e.preventDefault(); // Escape: close through our state, so it stays in step
        if (node.dismissible) setOpen(false);
      }}
      onClose={() => setOpen(false)}
      onKeyDown={trapTab}
    >
      <div class="aw-dialog-header">
        <h2 id={titleId} class="aw-dialog-title">
          <Markdown body={node.title} inline />
        </h2>
        {node.dismissible && (
          <button type="button" class="aw-dialog-close" aria-label="Close" onClick={() => setOpen(false)}>
            ×
          </button>
        )}
      </div>
      <div class="aw-dialog-body aw-block aw-vertical">
        <BlockChildren tree={tree} path={path} />
      </div>
    </dialog>
  );
}

function Dialogs() {
  const { store } = useApp();
  const events = store.roots[ROOT_EVENT];
  return (
    <>
      {events.children.map((child, index) =>
        child.kind === "block" && child.node?.type === "dialog" ? (
          <DialogView key={index} tree={child} path={`${ROOT_EVENT}.${index}`} />
        ) : null,
      )}
    </>
  );
}

registerOverlay(Dialogs);
