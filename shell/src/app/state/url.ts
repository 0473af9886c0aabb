// The page URL of a multipage app: <site root>/<page path>?<query>. The site root is the
// page's base (index.html's folder; per-page copies and 404.html set a <base> element), so
// the same site works at a domain's root, under a subpath, and on any static host.
import type { ClientInfo } from "../../protocol.gen";

export function siteBase(): URL {
  return new URL(".", document.baseURI);
}

// The page path below the site root: "" for the root, "analysis" for <root>/analysis(/).
export function pagePathOf(url: { pathname: string }, base: URL = siteBase()): string {
  let rest = url.pathname.startsWith(base.pathname) ? url.pathname.slice(base.pathname.length) : "";
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // keep a malformed escape as it is
  }
  rest = rest.replace(/^\/+|\/+$/g, "");
  if (rest === "index.html") return "";
  return rest.endsWith("/index.html") ? rest.slice(0, -"/index.html".length) : rest;
}

// The address of a page (and query string) of this site.
export function urlFor(pagePath: string, queryString = ""): string {
  const url = new URL(pagePath ? encodeURIComponent(pagePath) : ".", siteBase());
  url.search = queryString ? "?" + queryString : "";
  return url.href;
}

// What the address bar shows, as the worker last learnt it (popstate compares against it).
export const shownLocation = { path: "", query: "" };

export function readLocation(): { path: string; query: string } {
  return { path: pagePathOf(location), query: location.search.replace(/^\?/, "") };
}

// Sent with the worker's init message: st.context and the first page to show come from it.
export function clientInfo(baseUrl: string): ClientInfo {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const acceptLanguage = languages
    .filter(Boolean)
    .map((lang, i) => (i === 0 ? lang : `${lang};q=${Math.max(0.1, 1 - i * 0.1).toFixed(1)}`))
    .join(",");
  const headers: string[][] = [
    ["Host", location.host],
    ["User-Agent", navigator.userAgent],
    ["Accept-Language", acceptLanguage],
  ];
  if (document.referrer) headers.push(["Referer", document.referrer]);
  return { page_path: pagePathOf(location, new URL(baseUrl)), headers, cookies: document.cookie };
}
