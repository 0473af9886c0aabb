// st.multiselect: chosen options as removable chips in front of a filtering combobox. The list
// hides chosen options; at max_selections it says so instead (Streamlit's message). Backspace
// in the empty input removes the last chip.
import type { MultiselectNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { Combobox } from "./combobox";
import { WidgetLabel, domId, hiddenLabel, useWidgetValue } from "./common";

export function maxSelectionsMessage(max: number): string {
  return `You can only select up to ${max} ${max === 1 ? "option" : "options"}. Remove an option first.`;
}

function Multiselect({ node, eventSeq }: ElementProps<MultiselectNode>) {
  const { value, commit } = useWidgetValue<number[]>(node, eventSeq, node.value);
  const id = domId(node.id);
  const empty = node.options.length === 0;
  const full = node.max_selections !== null && value.length >= node.max_selections;
  const remove = (index: number) => commit(value.filter((i) => i !== index));
  return (
    <div class="aw-multiselect" data-testid="multiselect">
      <WidgetLabel node={node} htmlFor={id} />
      <Combobox
        id={id}
        options={node.options}
        hidden={value}
        selected={value}
        display=""
        placeholder={empty ? "No options to select." : value.length ? "" : node.placeholder}
        disabled={node.disabled || empty}
        ariaLabel={hiddenLabel(node)}
        multi
        blocked={full && node.max_selections !== null ? maxSelectionsMessage(node.max_selections) : null}
        emptyText="No results"
        onPick={(index) => commit([...value, index])}
        onBackspaceEmpty={() => value.length && remove(value[value.length - 1])}
        onClear={value.length ? () => commit([]) : undefined}
        clearLabel={`Clear all: ${node.label}`}
      >
        <ul class="aw-chips" aria-label={`Selected: ${node.label}`}>
          {value.map((index) => (
            <li key={index} class="aw-chip">
              <span>{node.options[index]}</span>
              <button type="button" class="aw-chip-remove" disabled={node.disabled}
                      aria-label={`Remove ${node.options[index]}`} onClick={() => remove(index)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      </Combobox>
    </div>
  );
}

registerElement<MultiselectNode>("multiselect", Multiselect);
