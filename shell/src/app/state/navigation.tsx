// Multipage apps: the page list at the top of the sidebar, the page URL kept in step with the
// app (the worker says which URL to show; back/forward tell the worker), and the notice for a
// URL that names no page.
import { useEffect, useState } from "preact/hooks";
import type { NavigationMessage, NavPage, PageNotFoundMessage, PageUrlMessage } from "../../protocol.gen";
import { useApp } from "../context";
import { Icon } from "../elements/alerts";
import { registerOverlay, registerSidebarSection } from "../elements/registry";
import { registerMessageHandler } from "../store";
import { readLocation, shownLocation, urlFor } from "./url";

// Streamlit's rule: past 12 pages, a collapsed navigation shows the first 10 and a button.
const COLLAPSE_THRESHOLD = 12;
const SHOWN_WHEN_COLLAPSED = 10;

const state: { nav: NavigationMessage | null; notFound: string | null } = { nav: null, notFound: null };

export function currentPageHash(): string | null {
  return state.nav?.current ?? null;
}

// The current page, kept fresh in components that are memoized on their own payload.
export function useCurrentPageHash(): string | null {
  const { store } = useApp();
  const [hash, setHash] = useState(currentPageHash());
  useEffect(() => store.subscribe(() => setHash(currentPageHash())), [store]);
  return hash;
}

registerMessageHandler("navigation", (store, message) => {
  const nav = message as NavigationMessage;
  state.nav = nav;
  const page = nav.pages.find((p) => p.page_script_hash === nav.current);
  if (page && !store.pageConfig.title) document.title = page.title;
});

registerMessageHandler("page_url", (_store, message) => {
  const { url_path, query_string, history: mode } = message as PageUrlMessage;
  const samePage = url_path === shownLocation.path;
  const target = urlFor(url_path, query_string) + (samePage && mode === "replace" ? location.hash : "");
  if (target !== location.href) {
    if (mode === "push") history.pushState(null, "", target);
    else history.replaceState(history.state, "", target);
  }
  shownLocation.path = url_path;
  shownLocation.query = query_string;
});

registerMessageHandler("page_not_found", (_store, message) => {
  state.notFound = (message as PageNotFoundMessage).page_name;
});

// A plain left click navigates in place; a middle or modified click opens the URL as usual.
export function inPlaceClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function PageEntry({ page, current, onNavigate }: { page: NavPage; current: boolean; onNavigate: (hash: string) => void }) {
  return (
    <li>
      <a
        class={`aw-nav-link${current ? " aw-nav-current" : ""}`}
        href={urlFor(page.url_path)}
        aria-current={current ? "page" : undefined}
        onClick={(event) => {
          if (!inPlaceClick(event)) return;
          event.preventDefault();
          onNavigate(page.page_script_hash);
        }}
      >
        <Icon icon={page.icon || null} />
        <span>{page.title}</span>
      </a>
    </li>
  );
}

function SidebarNav() {
  const { transport } = useApp();
  const [showAll, setShowAll] = useState(false);
  const nav = state.nav;
  if (!nav) return null;
  const collapsible = !nav.expanded && nav.pages.length > COLLAPSE_THRESHOLD;
  const shown = collapsible && !showAll ? nav.pages.slice(0, SHOWN_WHEN_COLLAPSED) : nav.pages;
  const navigate = (hash: string) => transport.sendMessage({ type: "navigate", page_script_hash: hash });
  return (
    <nav class="aw-sidebar-nav" aria-label="Pages" data-testid="sidebar-nav">
      {nav.sections.map((section) => {
        const pages = shown.filter((p) => p.section === section);
        if (pages.length === 0) return null;
        return (
          <div class="aw-nav-section" key={section}>
            {section && <header class="aw-nav-section-header">{section}</header>}
            <ul>
              {pages.map((page) => (
                <PageEntry key={page.page_script_hash} page={page} current={page.page_script_hash === nav.current} onNavigate={navigate} />
              ))}
            </ul>
          </div>
        );
      })}
      {collapsible && (
        <button type="button" class="aw-nav-more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? "View less" : `View ${nav.pages.length - SHOWN_WHEN_COLLAPSED} more`}
        </button>
      )}
    </nav>
  );
}

registerSidebarSection({
  component: SidebarNav,
  visible: () => !!state.nav && state.nav.position === "sidebar" && state.nav.pages.length > 1,
});

// Back and forward: tell the worker the page and query string the URL has now.
function LocationSync() {
  const { transport } = useApp();
  const [, redraw] = useState(0);
  useEffect(() => {
    const onPopState = () => {
      const here = readLocation();
      if (here.path === shownLocation.path && here.query === shownLocation.query) return; // an anchor
      Object.assign(shownLocation, here);
      transport.sendMessage({ type: "location", page_path: here.path, query_string: here.query });
    };
    addEventListener("popstate", onPopState);
    return () => removeEventListener("popstate", onPopState);
  }, [transport]);
  if (state.notFound === null) return null;
  const name = state.notFound;
  const v1 = state.nav?.mpa_version !== 2;
  return (
    <div class="aw-page-not-found" role="alert" data-testid="page-not-found">
      <strong>Page not found</strong>
      <p>
        {`You have requested page /${name}, but no corresponding ${v1 ? "file was found in the app's pages/ directory" : "page was found in the app's navigation"}. `}
        {`Running the app's ${v1 ? "main" : "default"} page.`}
      </p>
      <button type="button" class="aw-button" onClick={() => { state.notFound = null; redraw((n) => n + 1); }}>
        Dismiss
      </button>
    </div>
  );
}

registerOverlay(LocationSync);
