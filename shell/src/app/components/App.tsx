// The page: sidebar, main area, the running indicator, and the boot screen until the first
// run has drawn something.
import { useEffect, useReducer, useState } from "preact/hooks";
import { useApp } from "../context";
import { overlayComponents, visibleSidebarSections } from "../elements/registry";
import { ROOT_BOTTOM, ROOT_MAIN, ROOT_SIDEBAR, type AppStore } from "../store";
import { BlockChildren } from "./Block";
import { BootScreen } from "./BootScreen";
import { RunStatus } from "./RunStatus";

export function useStoreVersion(): number {
  const { store } = useApp();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => rerender(undefined)), [store]);
  return store.version;
}

// One fact of the store; the component redraws only when that fact changes, not on every
// flush of deltas (as useStoreVersion does).
export function useStoreValue<T>(select: (store: AppStore) => T): T {
  const { store } = useApp();
  const [value, setValue] = useState(() => select(store));
  useEffect(() => store.subscribe(() => setValue(select(store))), [store]);
  return value;
}

export function App() {
  useStoreVersion();
  const { store } = useApp();
  const config = store.pageConfig;
  const main = store.roots[ROOT_MAIN];
  const sidebar = store.roots[ROOT_SIDEBAR];
  const bottom = store.roots[ROOT_BOTTOM];
  const sections = visibleSidebarSections();
  const hasSidebar = sidebar.children.length > 0 || sections.length > 0;
  const [sidebarOpen, setSidebarOpen] = useState<boolean | null>(null);
  const narrow = typeof matchMedia === "function" && matchMedia("(max-width: 768px)").matches;
  const open =
    sidebarOpen ?? (config.initial_sidebar_state === "collapsed" ? false : config.initial_sidebar_state === "expanded" ? true : !narrow);

  useEffect(() => {
    if (config.title) document.title = config.title;
  }, [config.title]);
  useEffect(() => {
    if (config.icon) setFavicon(config.icon);
  }, [config.icon]);

  const showBoot = !store.boot.interactive && main.children.length === 0;
  return (
    <div class={`aw-app aw-layout-${config.layout ?? "centered"}${hasSidebar ? " aw-has-sidebar" : ""}`}>
      {hasSidebar && (
        <>
          <button
            type="button"
            class="aw-sidebar-toggle"
            aria-expanded={open}
            aria-controls="aw-sidebar"
            aria-label={open ? "Close sidebar" : "Open sidebar"}
            onClick={() => setSidebarOpen(!open)}
          >
            {open ? "«" : "»"}
          </button>
          <aside id="aw-sidebar" class={`aw-sidebar${open ? " aw-open" : ""}`} aria-label="Sidebar" data-testid="sidebar">
            {sections.map((section, i) => (
              <section.component key={i} />
            ))}
            <div class="aw-block aw-vertical">
              <BlockChildren tree={sidebar} path={String(ROOT_SIDEBAR)} />
            </div>
          </aside>
        </>
      )}
      <main class="aw-main" data-testid="main">
        <div class="aw-main-inner aw-block aw-vertical">
          <BlockChildren tree={main} path={String(ROOT_MAIN)} />
        </div>
        {bottom.children.length > 0 && (
          <div class="aw-bottom" data-testid="bottom">
            <div class="aw-bottom-inner aw-block aw-vertical">
              <BlockChildren tree={bottom} path={String(ROOT_BOTTOM)} />
            </div>
          </div>
        )}
      </main>
      <RunStatus />
      {overlayComponents().map((Overlay, i) => (
        <Overlay key={i} />
      ))}
      {(showBoot || store.boot.failed) && <BootScreen />}
    </div>
  );
}

function setFavicon(icon: string): void {
  let link = document.querySelector<HTMLLinkElement>("link[rel='icon']");
  if (!link) {
    link = document.createElement("link");
    link.rel = "icon";
    document.head.appendChild(link);
  }
  if (/^(data:|[./]|[a-z]+\/)/.test(icon) && !icon.startsWith(":")) {
    link.href = icon;
    return;
  }
  // An emoji: draw it in an SVG (no request leaves the page).
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${icon.replace(/[<&>]/g, "")}</text></svg>`;
  link.href = "data:image/svg+xml," + encodeURIComponent(svg);
}
