// st.text_area: typing edits a draft; Ctrl+Enter (Cmd+Enter on a Mac) or leaving the field
// sends it, as in Streamlit. Plain Enter inserts a new line.
import type { TextAreaNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId, hiddenLabel, useWidgetValue } from "./common";

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

function TextArea({ node, eventSeq }: ElementProps<TextAreaNode>) {
  const { value, committed, preview, commit } = useWidgetValue<string | null>(node, eventSeq, node.value);
  const id = domId(node.id);
  const hintId = domId(node.id, "hint");
  const dirty = (value ?? "") !== (committed ?? "");
  const send = (text: string) => {
    if (text !== (committed ?? "") || (committed === null && text !== "")) commit(text);
    else preview(null);
  };
  return (
    <div class="aw-text-area" data-testid="text_area">
      <WidgetLabel node={node} htmlFor={id} />
      <div class="aw-input-wrap">
        <textarea
          id={id}
          value={value ?? ""}
          maxLength={node.max_chars ?? undefined}
          placeholder={node.placeholder}
          disabled={node.disabled}
          aria-label={hiddenLabel(node)}
          aria-describedby={hintId}
          style={node.height ? { height: `${node.height}px` } : undefined}
          onInput={(e) => preview((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              send((e.currentTarget as HTMLTextAreaElement).value);
            }
          }}
          onBlur={(e) => {
            if (dirty) send((e.currentTarget as HTMLTextAreaElement).value);
          }}
        />
        <div id={hintId} class="aw-input-hint" aria-live="polite">
          {dirty && !node.form_id ? `Press ${isMac ? "⌘" : "Ctrl"}+Enter to apply` : ""}
          {node.max_chars ? ` ${(value ?? "").length}/${node.max_chars}` : ""}
        </div>
      </div>
    </div>
  );
}

registerElement<TextAreaNode>("text_area", TextArea);
