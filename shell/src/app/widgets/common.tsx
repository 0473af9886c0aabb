// What every widget shares: its label (with help and label_visibility), and the logic that
// decides whether the widget shows its own newer value or the value the run sent.
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { LabelVisibility } from "../../protocol.gen";
import { formSinks, useApp, type SendOptions } from "../context";
import { Help, Markdown } from "../elements/Markdown";

export interface WidgetCommon {
  id: string;
  label: string;
  help: string | null;
  disabled: boolean;
  label_visibility: LabelVisibility;
  form_id: string;
}

// A DOM id for the widget's control, stable for the widget id.
export function domId(widgetId: string, suffix = "input"): string {
  return `aw-${suffix}-${widgetId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

// The accessible name for a control whose visible <label> is hidden or collapsed.
export function hiddenLabel(node: WidgetCommon): string | undefined {
  return node.label_visibility === "visible" ? undefined : node.label;
}

export function WidgetLabel({ node, htmlFor, id, children }: {
  node: WidgetCommon; htmlFor?: string; id?: string; children?: ComponentChildren;
}) {
  // "hidden" keeps the space, "collapsed" removes it; both stay readable by screen readers.
  const cls = node.label_visibility === "visible" ? "aw-label" : `aw-label aw-label-${node.label_visibility}`;
  return (
    <div class={cls}>
      <label for={htmlFor} id={id}>
        <Markdown body={node.label} inline />
      </label>
      <Help text={node.help} />
      {children}
    </div>
  );
}

// The value a widget shows. `wire` is the value in the run's node; a value the user set
// more recently than that run saw (its event seq is newer) wins until a run includes it.
export function useWidgetValue<T>(node: WidgetCommon, eventSeq: number, wire: T) {
  const { sendWidget } = useApp();
  const [local, setLocal] = useState<{ value: T; seq: number } | null>(null);
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const held = node.form_id !== "" && (formSinks.get(node.form_id)?.holds(node.id) ?? false);
  const committed = local !== null && (local.seq > eventSeq || held) ? local.value : wire;
  const shown = draft !== null ? draft.value : committed;
  const commit = (value: T, options?: SendOptions) => {
    setDraft(null);
    const seq = sendWidget(node.id, value, node.form_id, options);
    if (!options?.trigger) setLocal({ value, seq });
  };
  return {
    value: shown,
    committed,
    // Show a value without sending it (a slider being dragged, text being typed).
    preview: (value: T | null) => setDraft(value === null ? null : { value }),
    commit,
  };
}
