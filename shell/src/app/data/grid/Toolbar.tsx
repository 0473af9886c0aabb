// The grid's toolbar, as in Streamlit: search, download as CSV, fullscreen. It shows while
// the pointer is over the grid or focus is in it (always on touch screens); its buttons are
// reachable from the keyboard like any others, and Ctrl/Cmd+F in the grid opens the search.
import { useEffect, useRef } from "preact/hooks";

export interface ToolbarProps {
  gridLabel: string;
  searchOpen: boolean;
  focusRequest: number; // a new value focuses the search box
  query: string;
  status: string;
  statusQuery: string;
  searching: boolean;
  expanded: boolean;
  exportProgress: number | null; // fraction of the CSV written, while it is being made
  onSearchOpen(open: boolean): void;
  onQuery(query: string): void;
  onDownload(): void;
  onExpand(expanded: boolean): void;
}

const PATHS = {
  search: "M10 4a6 6 0 1 0 3.7 10.7l4.8 4.8 1.4-1.4-4.8-4.8A6 6 0 0 0 10 4zm0 2a4 4 0 1 1 0 8 4 4 0 0 1 0-8z",
  download: "M11 4h2v8.6l3.3-3.3 1.4 1.4L12 16.4l-5.7-5.7 1.4-1.4L11 12.6V4zM5 18h14v2H5z",
  expand: "M4 4h6v2H6v4H4V4zm10 0h6v6h-2V6h-4V4zM4 14h2v4h4v2H4v-6zm14 0h2v6h-6v-2h4v-4z",
  collapse: "M8 4h2v6H4V8h4V4zm6 0h2v4h4v2h-6V4zM4 14h6v6H8v-4H4v-2zm10 0h6v2h-4v4h-2v-6z",
};

function ToolIcon({ path }: { path: string }) {
  return <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path d={path} fill="currentColor" /></svg>;
}

// ARIA toolbar keys: Left/Right move between the buttons (the search box keeps its own caret keys).
function onToolbarKey(e: KeyboardEvent) {
  if ((e.key !== "ArrowLeft" && e.key !== "ArrowRight") || !(e.target instanceof HTMLButtonElement)) return;
  const buttons = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>("button:not([disabled])"));
  const at = buttons.indexOf(e.target);
  const next = buttons[(at + (e.key === "ArrowRight" ? 1 : buttons.length - 1)) % buttons.length];
  e.preventDefault();
  next?.focus();
}

export function Toolbar(props: ToolbarProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.searchOpen) input.current?.focus();
  }, [props.searchOpen, props.focusRequest]);
  const closeSearch = () => {
    props.onQuery("");
    props.onSearchOpen(false);
  };
  return (
    <div class={`aw-grid-tools${props.searchOpen ? " aw-open" : ""}`} role="toolbar" aria-label={`${props.gridLabel} tools`}
      onKeyDown={onToolbarKey}>
      {props.searchOpen && (
        <>
          <input ref={input} type="search" class="aw-grid-search" placeholder="Search" aria-label={`Search ${props.gridLabel.toLowerCase()}`}
            value={props.query} onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => { if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); closeSearch(); } }} />
          <span class="aw-grid-search-status" role="status" aria-live="polite" aria-busy={props.searching}
            data-query={props.statusQuery}>{props.status}</span>
        </>
      )}
      <button type="button" class="aw-grid-tool" aria-label="Search" aria-pressed={props.searchOpen} title="Search"
        onClick={() => (props.searchOpen ? closeSearch() : props.onSearchOpen(true))}>
        <ToolIcon path={PATHS.search} />
      </button>
      {props.exportProgress !== null && (
        <span class="aw-grid-search-status" role="status">Preparing CSV… {Math.round(props.exportProgress * 100)}%</span>
      )}
      <button type="button" class="aw-grid-tool" aria-label="Download as CSV" title="Download as CSV"
        aria-busy={props.exportProgress !== null} disabled={props.exportProgress !== null} onClick={props.onDownload}>
        <ToolIcon path={PATHS.download} />
      </button>
      <button type="button" class="aw-grid-tool" aria-label={props.expanded ? "Close fullscreen" : "Fullscreen"}
        title={props.expanded ? "Close fullscreen" : "Fullscreen"} onClick={() => props.onExpand(!props.expanded)}>
        <ToolIcon path={props.expanded ? PATHS.collapse : PATHS.expand} />
      </button>
    </div>
  );
}
