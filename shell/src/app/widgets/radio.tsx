// st.radio: a radiogroup of native radio inputs (arrow keys move the selection).
import type { RadioNode } from "../../protocol.gen";
import { Markdown } from "../elements/Markdown";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId, useWidgetValue } from "./common";

function Radio({ node, eventSeq }: ElementProps<RadioNode>) {
  const { value, commit } = useWidgetValue<number | null>(node, eventSeq, node.index);
  const labelId = domId(node.id, "label");
  return (
    <div class="aw-radio">
      <WidgetLabel node={node} id={labelId} />
      <div
        role="radiogroup"
        aria-labelledby={node.label_visibility === "collapsed" ? undefined : labelId}
        aria-label={node.label_visibility === "collapsed" ? node.label : undefined}
        class={`aw-radio-options${node.horizontal ? " aw-horizontal-options" : ""}`}
      >
        {node.options.length === 0 && <div class="aw-caption">No options to select.</div>}
        {node.options.map((label, i) => {
          const optionId = domId(node.id, `option-${i}`);
          return (
            <div key={i} class="aw-radio-option">
              <input
                id={optionId}
                type="radio"
                name={domId(node.id, "group")}
                checked={value === i}
                disabled={node.disabled}
                onChange={() => commit(i)}
              />
              <label for={optionId}>
                <Markdown body={label} inline />
                {node.captions[i] && <Markdown class="aw-caption" body={node.captions[i]} inline />}
              </label>
            </div>
          );
        })}
      </div>
    </div>
  );
}

registerElement<RadioNode>("radio", Radio);
