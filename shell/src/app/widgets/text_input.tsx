// st.text_input: typing edits a draft; Enter or leaving the field sends it (as Streamlit).
import type { TextInputNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId, useWidgetValue } from "./common";

function TextInput({ node, eventSeq }: ElementProps<TextInputNode>) {
  const { value, committed, preview, commit } = useWidgetValue<string | null>(node, eventSeq, node.value);
  const id = domId(node.id);
  const dirty = (value ?? "") !== (committed ?? "");
  const send = (text: string) => {
    if (text !== (committed ?? "") || (committed === null && text !== "")) commit(text);
    else preview(null);
  };
  return (
    <div class="aw-text-input">
      <WidgetLabel node={node} htmlFor={id} />
      <div class="aw-input-wrap">
        <input
          id={id}
          type={node.input_type === "password" ? "password" : "text"}
          value={value ?? ""}
          maxLength={node.max_chars ?? undefined}
          placeholder={node.placeholder}
          autocomplete={node.autocomplete || undefined}
          disabled={node.disabled}
          aria-label={node.label_visibility === "visible" ? undefined : node.label}
          onInput={(e) => preview((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") send((e.currentTarget as HTMLInputElement).value);
          }}
          onBlur={(e) => {
            if (dirty) send((e.currentTarget as HTMLInputElement).value);
          }}
        />
        <div class="aw-input-hint" aria-live="polite">
          {dirty && !node.form_id ? "Press Enter to apply" : ""}
          {node.max_chars ? ` ${(value ?? "").length}/${node.max_chars}` : ""}
        </div>
      </div>
    </div>
  );
}

registerElement<TextInputNode>("text_input", TextInput);
