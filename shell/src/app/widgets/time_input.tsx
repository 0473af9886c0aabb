// st.time_input: a combobox of the times `step` apart (type to filter, as in Streamlit); a typed
// time that is not in the list ("9:05", "0905") is taken as well.
import { useMemo } from "preact/hooks";
import type { TimeInputNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { Combobox } from "./combobox";
import { WidgetLabel, domId, hiddenLabel, useWidgetValue } from "./common";

const pad = (n: number) => String(n).padStart(2, "0");

export function timeOptions(stepSeconds: number): string[] {
  const out: string[] = [];
  for (let s = 0; s < 86_400; s += Math.max(60, stepSeconds)) out.push(`${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}`);
  return out;
}

// "9:05", "09:05", "905", "0905" -> "09:05"; anything else -> null.
export function parseTime(text: string): string | null {
  const m = /^\s*(\d{1,2}):?(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? `${pad(h)}:${pad(min)}` : null;
}

function TimeInput({ node, eventSeq }: ElementProps<TimeInputNode>) {
  const { value, commit } = useWidgetValue<string | null>(node, eventSeq, node.value);
  const options = useMemo(() => timeOptions(node.step), [node.step]);
  const id = domId(node.id);
  const index = value === null ? -1 : options.indexOf(value);
  const send = (time: string) => {
    if (time !== value) commit(time);
  };
  return (
    <div class="aw-time-input" data-testid="time_input">
      <WidgetLabel node={node} htmlFor={id} />
      <Combobox
        id={id}
        options={options}
        selected={index >= 0 ? [index] : []}
        display={value ?? ""}
        placeholder="HH:MM"
        disabled={node.disabled}
        ariaLabel={hiddenLabel(node)}
        onPick={(i) => send(options[i])}
        onClear={node.clearable && value !== null ? () => commit(null) : undefined}
        clearLabel={`Clear: ${node.label}`}
        onCreate={(text) => {
          const time = parseTime(text);
          if (time !== null) send(time);
          return time !== null;
        }}
      />
    </div>
  );
}

registerElement<TimeInputNode>("time_input", TimeInput);
