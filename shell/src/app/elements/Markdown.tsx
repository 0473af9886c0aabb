// A piece of markdown rendered to sanitised HTML.
import { useMemo } from "preact/hooks";
import { markdownToHtml } from "../markdown";

export function Markdown({ body, allowHtml = false, inline = false, class: className }: {
  body: string; allowHtml?: boolean; inline?: boolean; class?: string;
}) {
  const html = useMemo(() => markdownToHtml(body, { allowHtml, inline }), [body, allowHtml, inline]);
  const Tag = inline ? "span" : "div";
  return <Tag class={`aw-markdown${className ? " " + className : ""}`} dangerouslySetInnerHTML={{ __html: html }} />;
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
