// st.form: the form holds the values its widgets send (through formSinks) and sends them all,
// with the click of a submit button, in one widget_events message. Enter in a text or number
// input submits too when enter_to_submit (Ctrl/Cmd+Enter in a text area). A form without a
// submit button shows Streamlit's "Missing Submit Button" warning once the run is over.
import { useEffect, useMemo, useRef } from "preact/hooks";
import type { ButtonNode, FormBlock, WidgetEvent } from "../../protocol.gen";
import { useStoreValue } from "../components/App";
import { BlockChildren } from "../components/Block";
import { formSinks, useApp, type FormSink } from "../context";
import { Markdown } from "../elements/Markdown";
import { registerBlock, type BlockProps } from "../elements/registry";
import type { TreeNode } from "../tree";

const MISSING_SUBMIT_BUTTON =
  "**Missing Submit Button**\n\nThis form has no submit button, which means that user interactions will never be " +
  "sent to your Streamlit app.\n\nTo create a submit button, use the `st.form_submit_button()` function.\n\n" +
  "For more information, refer to the " +
  "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form).";

// Inputs where Enter means "done" (not checkboxes, sliders, buttons...).
const TEXT_INPUT_TYPES = new Set(["text", "password", "number", "email", "search", "tel", "url"]);

// The submit buttons of a form: the buttons inside it that belong to it (st.button cannot be
// in a form, so every such button is a st.form_submit_button).
export function submitButtons(tree: TreeNode, formId: string, found: ButtonNode[] = []): ButtonNode[] {
  for (const child of tree.children) {
    if (child.kind === "block") submitButtons(child, formId, found);
    else if (child.kind === "element" && child.node?.type === "button" && (child.node as ButtonNode).form_id === formId) {
      found.push(child.node as ButtonNode);
    }
  }
  return found;
}

function Form({ node, tree, path }: BlockProps<FormBlock>) {
  const running = useStoreValue((store) => store.running); // the warning waits for the end of the run
  const { transport } = useApp();
  const pending = useRef(new Map<string, WidgetEvent>());
  const buttons = useMemo(() => submitButtons(tree, node.form_id), [tree, node.form_id]);
  const latest = useRef(buttons);
  latest.current = buttons;

  const submit = (trigger: WidgetEvent | null): number => {
    const current = latest.current;
    // As in Streamlit, a disabled submit button disables the whole form's submission.
    if (current.some((b) => b.disabled)) return transport.lastSeq;
    const click = trigger ?? (current[0] ? { id: current[0].id, value: true, trigger: true } : null);
    if (!click) return transport.lastSeq;
    const events = [...pending.current.values(), click];
    pending.current.clear();
    return transport.sendWidgetEvents(events);
  };

  useEffect(() => {
    const sink = ((event: WidgetEvent) => {
      if (event.trigger) return submit(event);
      pending.current.set(event.id, event);
      // Newer than every run so far: the widget shows its value until the submission's run.
      return transport.lastSeq + 1;
    }) as FormSink;
    sink.holds = (widgetId: string) => pending.current.has(widgetId);
    formSinks.set(node.form_id, sink);
    return () => {
      if (formSinks.get(node.form_id) === sink) formSinks.delete(node.form_id);
    };
  }, [node.form_id]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Enter" || !node.enter_to_submit || e.isComposing) return;
    const target = e.target as HTMLElement;
    const textInput = target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
    const textArea = target instanceof HTMLTextAreaElement && (e.ctrlKey || e.metaKey);
    // The widget's own Enter handler (on the input) has already handed its value to the form.
    if (textInput || textArea) submit(null);
  };

  return (
    <div
      class={`aw-form aw-block aw-vertical${node.border ? " aw-border" : ""}`}
      data-testid="form"
      data-form-id={node.form_id}
      onKeyDown={onKeyDown}
    >
      <BlockChildren tree={tree} path={path} />
      {!running && buttons.length === 0 && (
        <div class="aw-alert aw-alert-warning" role="alert" data-testid="form-missing-submit">
          <Markdown body={MISSING_SUBMIT_BUTTON} />
        </div>
      )}
    </div>
  );
}

registerBlock<FormBlock>("form", Form);
