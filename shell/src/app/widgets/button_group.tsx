// st.feedback, st.pills and st.segmented_control: a labelled group of toggle buttons
// (aria-pressed). Tab reaches each button; Enter or Space toggles it. In "single" mode picking
// another button replaces the selection and picking the selected one clears it.
import type { ButtonGroupNode } from "../../protocol.gen";
import { Icon } from "../elements/alerts";
import { Markdown } from "../elements/Markdown";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId, useWidgetValue } from "./common";
import { DrawnIcon, hasDrawing } from "./feedback_icons";

export function toggled(value: number[], index: number, single: boolean): number[] {
  if (value.includes(index)) return value.filter((i) => i !== index);
  return single ? [index] : [...value, index];
}

function ButtonGroup({ node, eventSeq }: ElementProps<ButtonGroupNode>) {
  const { value, commit } = useWidgetValue<number[]>(node, eventSeq, node.value);
  const labelId = domId(node.id, "label");
  const single = node.selection_mode === "single";
  const upTo = node.selection_visualization === "all_up_to_selected" && value.length ? Math.max(...value) : -1;
  const hasLabel = node.label !== "";
  const groupName = !hasLabel
    ? { "aria-label": node.feedback ? "Feedback" : "Options" }
    : node.label_visibility === "collapsed" ? { "aria-label": node.label } : { "aria-labelledby": labelId };
  return (
    <div class={`aw-button-group aw-bg-${node.style}`} data-testid={`button_group-${node.style}`}>
      {hasLabel && <WidgetLabel node={node} id={labelId} />}
      <div role="group" class="aw-bg-buttons" {...groupName}>
        {node.options.map((option, i) => {
          const pressed = value.includes(i);
          const lit = pressed || i <= upTo;
          const icon = lit && option.selected_icon ? option.selected_icon : option.icon;
          return (
            <button
              key={i}
              type="button"
              class={`aw-bg-button${lit ? " aw-selected" : ""}`}
              aria-pressed={pressed}
              aria-label={option.aria_label ?? undefined}
              title={option.aria_label ?? undefined}
              disabled={node.disabled}
              onClick={() => commit(toggled(value, i, single))}
            >
              {hasDrawing(icon) ? <DrawnIcon icon={icon} /> : <Icon icon={icon} />}
              {option.content && <Markdown body={option.content} inline />}
            </button>
          );
        })}
      </div>
    </div>
  );
}

registerElement<ButtonGroupNode>("button_group", ButtonGroup);
