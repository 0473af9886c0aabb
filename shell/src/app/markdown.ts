// Markdown to safe HTML. CommonMark (markdown-it) plus tables and strikethrough; raw HTML is
// escaped unless the API said unsafe_allow_html, and the result always goes through DOMPurify
// (no scripts, no event handlers, no javascript: URLs), whichever way it was produced.
import DOMPurify from "dompurify";
import MarkdownIt from "markdown-it";

const plain = new MarkdownIt({ html: false, linkify: true, breaks: false });
const withHtml = new MarkdownIt({ html: true, linkify: true, breaks: false });

export type MarkdownPlugin = (md: MarkdownIt) => void;

// Extensions (colored text, emoji shortcodes, math...) register here and apply to both.
export function useMarkdownPlugin(plugin: MarkdownPlugin): void {
  plugin(plain);
  plugin(withHtml);
}

let hooked = false;
function hookLinks(): void {
  if (hooked) return;
  hooked = true;
  // External links open in a new tab without giving it a handle on this page.
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A" && node.getAttribute("href") && !node.getAttribute("href")!.startsWith("#")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
}

export function markdownToHtml(body: string, options: { allowHtml?: boolean; inline?: boolean } = {}): string {
  hookLinks();
  const md = options.allowHtml ? withHtml : plain;
  const html = options.inline ? md.renderInline(body) : md.render(body);
  return DOMPurify.sanitize(html, { ADD_ATTR: ["target"] });
}

// For labels: inline markdown (bold, italics, code, links, emoji), no blocks.
export function inlineMarkdownToHtml(body: string): string {
  return markdownToHtml(body, { inline: true });
}

// A heading's anchor: its text, lowercased, non-alphanumerics to dashes (as Streamlit does).
export function slugify(text: string): string {
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/[*_`~[\]()#]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
