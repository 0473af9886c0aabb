// A piece of markdown rendered to sanitised HTML. It renders again when a lazily loaded
// extension (KaTeX, emoji, icons) arrives, and highlights fenced code once the highlighter is in.
import { useEffect, useMemo, useRef } from "preact/hooks";
import { useExtensionsVersion } from "../display/lazy";
import { markdownToHtml } from "../markdown";

async function highlightFences(root: HTMLElement): Promise<void> {
  const blocks = root.querySelectorAll<HTMLElement>("pre > code[class*='language-']");
  if (blocks.length === 0) return;
  const { highlight } = await import("./highlight");
  blocks.forEach((code) => {
    const language = /language-([\w+-]+)/.exec(code.className)?.[1];
    if (!language || code.dataset.highlighted) return;
    const html = highlight(code.textContent ?? "", language);
    if (html !== null) {
      code.innerHTML = html; // highlight.js escapes the source itself
      code.classList.add("hljs");
      code.dataset.highlighted = "1";
    }
  });
}

export function Markdown({ body, allowHtml = false, inline = false, class: className }: {
  body: string; allowHtml?: boolean; inline?: boolean; class?: string;
}) {
  const version = useExtensionsVersion();
  const html = useMemo(() => markdownToHtml(body, { allowHtml, inline }), [body, allowHtml, inline, version]);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!inline && ref.current) void highlightFences(ref.current);
  }, [html, inline]);
  const Tag = inline ? "span" : "div";
  return <Tag ref={ref as never} class={`aw-markdown${className ? " " + className : ""}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Help({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <span class="aw-help" tabIndex={0} role="img" aria-label={`Help: ${text}`}>
      ?
      <span class="aw-tooltip" role="tooltip">
        <Markdown body={text} />
      </span>
    </span>
  );
}
