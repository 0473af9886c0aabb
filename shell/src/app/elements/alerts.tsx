// Alerts and exceptions (with the user's traceback).
import type { AlertNode, ExceptionNode } from "../../protocol.gen";
import { useExtensionsVersion } from "../display/lazy";
import { materialIconHtml } from "../display/material";
import { Markdown } from "./Markdown";
import { registerElement, type ElementProps } from "./registry";

// An emoji, or a Material icon (`:material/name:`) drawn as inline SVG once its shard loaded.
export function Icon({ icon }: { icon: string | null }) {
  useExtensionsVersion();
  if (!icon) return null;
  const material = /^:material\/([a-z0-9_]+):$/.exec(icon);
  if (material) {
    return <span class="aw-icon" aria-hidden="true" dangerouslySetInnerHTML={{ __html: materialIconHtml(material[1]) }} />;
  }
  return <span class="aw-icon" aria-hidden="true">{icon}</span>;
}

function Alert({ node }: ElementProps<AlertNode>) {
  const urgent = node.level === "error" || node.level === "warning";
  return (
    <div class={`aw-alert aw-alert-${node.level}`} role={urgent ? "alert" : "status"}>
      <Icon icon={node.icon ?? null} />
      <span class="aw-visually-hidden">{node.level}: </span>
      <Markdown body={node.body} />
    </div>
  );
}

function ExceptionView({ node }: ElementProps<ExceptionNode>) {
  const userFrames = node.frames.filter((f) => f.user_code);
  const last = userFrames[userFrames.length - 1];
  return (
    <div class={`aw-exception${node.is_warning ? " aw-exception-warning" : ""}`} role="alert" data-testid="exception">
      <div class="aw-exception-title">
        <strong class="aw-exception-type">{node.exc_type}</strong>
        {node.message && !node.message_is_markdown && <span>: {node.message}</span>}
      </div>
      {node.message && node.message_is_markdown && (
        // API misuse messages (StreamlitAPIException) are markdown: code spans, doc links.
        <div class="aw-exception-message">
          <Markdown body={node.message} />
        </div>
      )}
      {last && (
        <div class="aw-exception-where">
          {last.filename}, line {last.lineno}
          {last.name !== "<module>" ? ` in ${last.name}` : ""}
        </div>
      )}
      {node.source_line !== null && (
        <pre class="aw-exception-source">
          {node.source_line}
          {node.caret ? "\n" + " ".repeat(Math.max(0, node.caret - 1)) + "^" : ""}
        </pre>
      )}
      {node.frames.length > 0 && (
        <details class="aw-traceback" open={node.frames.length <= 6}>
          <summary>Traceback</summary>
          <pre>
            {node.frames.map((f, i) => (
              <span key={i} class={f.user_code ? "aw-frame aw-frame-user" : "aw-frame"}>
                {`File "${f.filename}", line ${f.lineno}, in ${f.name}\n`}
                {f.line ? `    ${f.line}\n` : ""}
              </span>
            ))}
          </pre>
        </details>
      )}
    </div>
  );
}

registerElement<AlertNode>("alert", Alert);
registerElement<ExceptionNode>("exception", ExceptionView);
