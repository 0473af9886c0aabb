// Links built from an app's strings (link buttons, logos, link columns, page links) go through
// here: a `javascript:` (or `data:`, `vbscript:`) URL would run code in the page when clicked,
// which no Streamlit API asks for. Such a URL becomes no link at all.

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  // Relative URLs (and fragments) stay on the site.
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(trimmed.replace(/[\u0000-\u0020]/g, ""))) return trimmed;
  try {
    return SAFE_SCHEMES.has(new URL(trimmed).protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
