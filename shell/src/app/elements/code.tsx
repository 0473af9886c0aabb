// Code blocks: shown at once as plain text, then highlighted when the (lazily loaded)
// highlighter arrives. Pages without code never download it.
import { useEffect, useState } from "preact/hooks";
import type { CodeNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "./registry";

function Code({ node }: ElementProps<CodeNode>) {
  const [html, setHtml] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let cancelled = false;
    setHtml(null);
    if (node.language) {
      import("./highlight").then(({ highlight }) => {
        if (!cancelled) setHtml(highlight(node.body, node.language!));
      });
    }
    return () => {
      cancelled = true;
    };
  }, [node.body, node.language]);
  const lines = node.body.split("\n");
  const copy = () => {
    navigator.clipboard?.writeText(node.body).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    });
  };
  return (
    <div class={`aw-code${node.wrap_lines ? " aw-wrap" : ""}`}>
      <button type="button" class="aw-copy" onClick={copy} aria-label="Copy code to clipboard">
        {copied ? "Copied" : "Copy"}
      </button>
      <pre>
        {node.line_numbers && (
          <span class="aw-line-numbers" aria-hidden="true">
            {lines.map((_, i) => `${i + 1}\n`).join("")}
          </span>
        )}
        {html !== null ? (
          <code class={`hljs language-${node.language}`} dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <code>{node.body}</code>
        )}
      </pre>
    </div>
  );
}

registerElement<CodeNode>("code", Code);
