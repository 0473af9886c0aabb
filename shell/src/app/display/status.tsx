// Status elements: progress bars, spinners, st.status containers, toasts, balloons and snow.
import { useEffect, useRef, useState } from "preact/hooks";
import type { CelebrationNode, ProgressNode, SpinnerNode, StatusBlock, ToastNode } from "../../protocol.gen";
import { BlockChildren } from "../components/Block";
import { useStoreVersion } from "../components/App";
import { useApp } from "../context";
import { Icon } from "../elements/alerts";
import { Markdown } from "../elements/Markdown";
import { registerBlock, registerElement, registerOverlay, type BlockProps, type ElementProps } from "../elements/registry";
import { ROOT_EVENT } from "../store";
import { useExtensionsVersion } from "./lazy";
import { materialIconHtml } from "./material";

function Progress({ node }: ElementProps<ProgressNode>) {
  return (
    <div class="aw-progress">
      {node.text && <Markdown body={node.text} class="aw-progress-text" />}
      <div class="aw-progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={node.value}
        aria-label={node.text ?? "Progress"} data-value={node.value}>
        <div class="aw-progress-bar" style={{ width: `${node.value}%` }} />
      </div>
    </div>
  );
}

function Spinner({ node }: ElementProps<SpinnerNode>) {
  // Hidden until the delay passed (CSS), so a block that ends sooner never flashes it.
  return (
    <div class="aw-spinner-row" role="status" style={{ animationDelay: `${node.delay_ms}ms` }}>
      <span class="aw-spinner" aria-hidden="true" />
      <Markdown body={node.text} inline />
    </div>
  );
}

function StateIcon({ state }: { state: StatusBlock["state"] }) {
  useExtensionsVersion();
  if (state === "running") return <span class="aw-spinner aw-status-icon" aria-hidden="true" />;
  const name = state === "complete" ? "check" : "error";
  return <span class={`aw-status-icon aw-status-${state}`} aria-hidden="true" dangerouslySetInnerHTML={{ __html: materialIconHtml(name) }} />;
}

function Status({ node, tree, path }: BlockProps<StatusBlock>) {
  const [open, setOpen] = useState(Boolean(node.expanded));
  // A new `expanded` from the script wins; None leaves the user's choice alone.
  useEffect(() => {
    if (node.expanded !== null) setOpen(node.expanded);
  }, [node.expanded]);
  return (
    <details class={`aw-status aw-status-${node.state}`} open={open} data-testid="status" data-state={node.state}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <StateIcon state={node.state} />
        <span class="aw-visually-hidden">{node.state === "running" ? "Running: " : node.state === "error" ? "Error: " : "Complete: "}</span>
        <Markdown body={node.label} inline />
      </summary>
      <div class="aw-block aw-vertical aw-status-body">
        <BlockChildren tree={tree} path={path} />
      </div>
    </details>
  );
}

// ---------------------------------------------------------------- toasts (event root overlay)

const TOAST_MS = 4000;

interface ToastItem {
  key: string;
  node: ToastNode;
  version: number;
}

function ToastView({ item, onClose }: { item: ToastItem; onClose: () => void }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(onClose, TOAST_MS);
    return () => clearTimeout(timer);
  }, [paused, item.version]);
  return (
    <div class="aw-toast" data-testid="toast" onMouseEnter={() => setPaused(true)} onMouseLeave={() => setPaused(false)}
      onFocusIn={() => setPaused(true)} onFocusOut={() => setPaused(false)}>
      <Icon icon={item.node.icon} />
      <Markdown body={item.node.body} class="aw-toast-body" />
      <button type="button" class="aw-toast-close" aria-label="Close notification" onClick={onClose}>×</button>
    </div>
  );
}

function Toasts() {
  useStoreVersion();
  const { store } = useApp();
  const [items, setItems] = useState<ToastItem[]>([]);
  const seen = useRef(new Map<string, ToastNode>());
  const events = store.roots[ROOT_EVENT];
  useEffect(() => {
    events.children.forEach((child, index) => {
      if (child.kind !== "element" || child.node?.type !== "toast") return;
      // A run that calls st.toast again shows it again; `.toast()` on it updates it in place.
      // The first live run redraws the prerendered screen: its toasts are the prerender's.
      const run = store.prerendered && child.runId === store.firstLiveRunId ? 0 : child.runId;
      const key = `${run}:${index}`;
      const node = child.node as ToastNode;
      if (seen.current.get(key) === node) return;
      seen.current.set(key, node);
      setItems((list) => {
        const at = list.findIndex((t) => t.key === key);
        if (at < 0) return [...list, { key, node, version: 0 }].slice(-5);
        const next = list.slice();
        next[at] = { key, node, version: list[at].version + 1 };
        return next;
      });
    });
  }, [events]);
  return (
    <div class="aw-toasts" role="status" aria-live="polite">
      {items.map((item) => (
        <ToastView key={item.key} item={item} onClose={() => setItems((list) => list.filter((t) => t.key !== item.key))} />
      ))}
    </div>
  );
}

// ---------------------------------------------------------------- balloons and snow

const reducedMotion = () => typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
const BALLOON_COLORS = ["#ff4b4b", "#ffa421", "#21c354", "#1c83e1", "#803df5", "#ff8c8c", "#ffe312"];

function Celebration({ kind }: { kind: CelebrationNode["type"] }) {
  const [done, setDone] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDone(true), kind === "balloons" ? 6000 : 9000);
    return () => clearTimeout(timer);
  }, []);
  if (done || reducedMotion()) return null;
  const count = kind === "balloons" ? 30 : 60;
  return (
    <div class={`aw-celebration aw-${kind}`} aria-hidden="true" data-testid={kind}>
      {Array.from({ length: count }, (_, i) => {
        const style = {
          left: `${(i * 37) % 100}%`,
          animationDelay: `${((i * 53) % 100) / (kind === "balloons" ? 40 : 25)}s`,
          animationDuration: `${kind === "balloons" ? 3 + (i % 5) * 0.4 : 5 + (i % 7) * 0.5}s`,
        };
        if (kind === "snow") return <span key={i} class="aw-flake" style={{ ...style, opacity: 0.5 + (i % 5) / 10 }} />;
        return (
          <svg key={i} class="aw-balloon" style={style} viewBox="0 0 40 70" width="40" height="70">
            <ellipse cx="20" cy="20" rx="17" ry="20" fill={BALLOON_COLORS[i % BALLOON_COLORS.length]} />
            <path d="M20 40 q-4 12 2 28" stroke="currentColor" stroke-width="1" fill="none" opacity="0.5" />
          </svg>
        );
      })}
    </div>
  );
}

function CelebrationElement({ node }: ElementProps<CelebrationNode>) {
  return <Celebration key={node.nonce} kind={node.type} />;
}

registerElement<ProgressNode>("progress", Progress);
registerElement<SpinnerNode>("spinner", Spinner);
registerElement<ToastNode>("toast", () => null); // drawn by the Toasts overlay
registerElement<CelebrationNode>("balloons", CelebrationElement);
registerElement<CelebrationNode>("snow", CelebrationElement);
registerBlock<StatusBlock>("status", Status);
registerOverlay(Toasts);
