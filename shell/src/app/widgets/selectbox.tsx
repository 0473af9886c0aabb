// st.selectbox: an editable combobox (type to filter, as in Streamlit) over the options.
// index=None shows the placeholder until an option is chosen.
import type { SelectboxNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { Combobox } from "./combobox";
import { WidgetLabel, domId, hiddenLabel, useWidgetValue } from "./common";

function Selectbox({ node, eventSeq }: ElementProps<SelectboxNode>) {
  const { value, commit } = useWidgetValue<number | null>(node, eventSeq, node.index);
  const id = domId(node.id);
  const empty = node.options.length === 0;
  return (
    <div class="aw-selectbox" data-testid="selectbox">
      <WidgetLabel node={node} htmlFor={id} />
      <Combobox
        id={id}
        options={node.options}
        selected={value === null ? [] : [value]}
        display={value === null || empty ? "" : node.options[value] ?? ""}
        placeholder={empty ? "No options to select." : node.placeholder}
        disabled={node.disabled || empty}
        ariaLabel={hiddenLabel(node)}
        onClear={node.clearable && value !== null ? () => commit(null) : undefined}
        clearLabel={`Clear: ${node.label}`}
        onPick={(index) => {
          if (index !== value) commit(index);
        }}
      />
    </div>
  );
}

registerElement<SelectboxNode>("selectbox", Selectbox);
