// st.color_picker: the platform's color input (a keyboard-operable swatch that opens the
// system picker) next to a hex text field for typing a color. The label names both.
import { useState } from "preact/hooks";
import type { ColorPickerNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId, useWidgetValue } from "./common";

// "#abc" -> "#aabbcc": the color input only takes the long form.
export function longHex(color: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return (short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : color).toLowerCase();
}

function ColorPicker({ node, eventSeq }: ElementProps<ColorPickerNode>) {
  const { value, commit } = useWidgetValue<string>(node, eventSeq, node.value);
  const [draft, setDraft] = useState<string | null>(null);
  const id = domId(node.id);
  const labelId = domId(node.id, "label");
  const send = (color: string) => {
    setDraft(null);
    if (color.toLowerCase() !== value.toLowerCase()) commit(color);
  };
  const typed = () => {
    if (draft === null) return;
    const text = draft.trim().startsWith("#") ? draft.trim() : `#${draft.trim()}`;
    if (/^#(?:[0-9a-f]{3}){1,2}$/i.test(text)) send(text);
    else setDraft(null); // not a color: back to the current one
  };
  const named = node.label_visibility === "collapsed" ? { "aria-label": node.label } : { "aria-labelledby": labelId };
  return (
    <div class="aw-color-picker" data-testid="color_picker">
      <WidgetLabel node={node} htmlFor={id} id={labelId} />
      <div class="aw-color-row">
        <input
          id={id}
          type="color"
          class="aw-color-swatch"
          value={longHex(value)}
          disabled={node.disabled}
          {...named}
          onChange={(e) => send((e.currentTarget as HTMLInputElement).value)}
        />
        <input
          type="text"
          class="aw-color-hex"
          value={draft ?? value}
          disabled={node.disabled}
          spellcheck={false}
          aria-label={`${node.label} (hex)`}
          maxLength={7}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") typed();
            else if (e.key === "Escape") setDraft(null);
          }}
          onBlur={typed}
        />
      </div>
    </div>
  );
}

registerElement<ColorPickerNode>("color_picker", ColorPicker);
