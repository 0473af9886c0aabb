// Markdown to safe HTML. CommonMark (markdown-it) plus GitHub tables and strikethrough, and
// Streamlit's extensions (markdown_ext.ts): colored text, emoji shortcodes, Material icons,
// LaTeX. Raw HTML is escaped unless the API said unsafe_allow_html, and the result always goes
// through DOMPurify (no scripts, no event handlers, no javascript: URLs). KaTeX's output is
// put in after sanitising: KaTeX escapes its input and, untrusted, emits no links or HTML.
import DOMPurify from "dompurify";
import MarkdownIt from "markdown-it";
import { lazyModule } from "./display/lazy";
import { materialIconHtml } from "./display/material";
import { escapeHtml } from "./html_text";
import { streamlitExtensions, type MarkdownEnv } from "./markdown_ext";

const plain = new MarkdownIt({ html: false, linkify: true, breaks: false });
const withHtml = new MarkdownIt({ html: true, linkify: true, breaks: false });

export type MarkdownPlugin = (md: MarkdownIt) => void;

// Extensions (colored text, emoji shortcodes, math...) register here and apply to both.
export function useMarkdownPlugin(plugin: MarkdownPlugin): void {
  plugin(plain);
  plugin(withHtml);
}

useMarkdownPlugin((md) => streamlitExtensions(md, (name) => materialIconHtml(name), slugify));

// Lazy extensions: KaTeX for math, the emoji table for shortcodes.
let renderTex: ((tex: string, display: boolean) => string) | null = null;
const loadMath = lazyModule(() => import("./display/math"), (module) => {
  renderTex = module.renderTex;
});
let emojiReady = false;
const loadEmoji = lazyModule(() => import("./display/emoji"), (module) => {
  useMarkdownPlugin(module.emojiPlugin);
  emojiReady = true;
});
const SHORTCODE = /:(?!material\/)[a-z0-9_+-]+:/i;

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

function insertMath(html: string, env: MarkdownEnv): string {
  if (!env.math?.length) return html;
  if (!renderTex) loadMath();
  return html.replace(/<(span|div) data-aw-math="(\d+)"><\/\1>/g, (whole, tag: string, index: string) => {
    const item = env.math![Number(index)];
    if (!item) return whole;
    const body = renderTex ? renderTex(item.tex, item.display) : `<code class="aw-math-pending">${escapeHtml(item.tex)}</code>`;
    return `<${tag} class="aw-math${item.display ? " aw-math-display" : ""}">${body}</${tag}>`;
  });
}

export function markdownToHtml(body: string, options: { allowHtml?: boolean; inline?: boolean } = {}): string {
  hookLinks();
  if (!emojiReady && SHORTCODE.test(body)) loadEmoji();
  const md = options.allowHtml ? withHtml : plain;
  const env: MarkdownEnv = {};
  const html = options.inline ? md.renderInline(body, env) : md.render(body, env);
  return insertMath(DOMPurify.sanitize(html, { ADD_ATTR: ["target"] }), env);
}

// For labels: inline markdown (bold, italics, code, links, emoji), no blocks.
export function inlineMarkdownToHtml(body: string): string {
  return markdownToHtml(body, { inline: true });
}

// A heading's anchor: its text, lowercased, non-alphanumerics to dashes (as Streamlit does).
export function slugify(text: string): string {
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/:[a-z]+(-background)?\[([^\]]*)\]/g, "$2")
    .replace(/:material\/[a-z0-9_]+:/g, "")
    .replace(/[*_`~[\]()#]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
