// st.popover: a button that opens its content in a popup. The button says whether the popup
// is open (aria-expanded); opening it moves focus into the popup, Escape closes it and gives
// focus back to the button, and so does a click outside. The content stays mounted while
// closed, so widgets inside keep their state; the popup stays open across reruns.
import { useEffect, useRef, useState } from "preact/hooks";
import type { PopoverBlock } from "../../protocol.gen";
import { BlockChildren } from "../components/Block";
import { Icon } from "../elements/alerts";
import { Help, Markdown } from "../elements/Markdown";
import { registerBlock, type BlockProps } from "../elements/registry";
import { FOCUSABLE } from "./focusable";

function Popover({ node, tree, path }: BlockProps<PopoverBlock>) {
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const base = `aw-popover-${path.replace(/\./g, "-")}`;

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    (panel?.querySelector<HTMLElement>(FOCUSABLE) ?? panel)?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);
  useEffect(() => {
    if (node.disabled) setOpen(false);
  }, [node.disabled]);

  return (
    <div
      ref={wrapRef}
      class={`aw-popover${node.use_container_width ? " aw-full-width" : ""}`}
      data-testid="popover"
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.stopPropagation();
          close(true);
        }
      }}
    >
      <div class="aw-button-row">
        <button
          ref={buttonRef}
          id={`${base}-button`}
          type="button"
          class="aw-button aw-button-secondary aw-popover-button"
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={`${base}-panel`}
          disabled={node.disabled}
          onClick={() => setOpen(!open)}
        >
          <Icon icon={node.icon} />
          <Markdown body={node.label} inline />
          <span class="aw-popover-caret" aria-hidden="true">{open ? "▴" : "▾"}</span>
        </button>
        <Help text={node.help} />
      </div>
      <div
        ref={panelRef}
        id={`${base}-panel`}
        role="dialog"
        aria-labelledby={`${base}-button`}
        class="aw-popover-panel aw-block aw-vertical"
        hidden={!open}
        tabIndex={-1}
      >
        <BlockChildren tree={tree} path={path} />
      </div>
    </div>
  );
}

registerBlock<PopoverBlock>("popover", Popover);
