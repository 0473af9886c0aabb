// st.download_button and st.link_button.
//
// A download happens in the page: the file's bytes came with the element (as a transferred
// buffer), so a click makes a Blob URL and follows it with the `download` attribute; no
// request leaves the page. As in Streamlit 1.40, the click also reruns the script (a trigger).
import type { DownloadButtonNode, LinkButtonNode } from "../../protocol.gen";
import { useApp } from "../context";
import { saveBlob } from "../downloads";
import { Icon } from "../elements/alerts";
import { Help, Markdown } from "../elements/Markdown";
import { registerElement, type ElementProps } from "../elements/registry";
import { safeHref } from "../urls";

function saveBytes(buffer: ArrayBuffer, mime: string, fileName: string): void {
  saveBlob(new Blob([buffer], { type: mime }), fileName);
}

function DownloadButton({ node }: ElementProps<DownloadButtonNode>) {
  const { sendWidget } = useApp();
  const onClick = () => {
    const buffer = (node as { buffers?: ArrayBuffer[] }).buffers?.[0];
    if (buffer) saveBytes(buffer, node.mime, node.file_name);
    sendWidget(node.id, true, node.form_id, { trigger: true });
  };
  return (
    <div class={`aw-button-row${node.use_container_width ? " aw-full-width" : ""}`}>
      <button type="button" class={`aw-button aw-button-${node.kind}`} disabled={node.disabled} onClick={onClick}>
        <Icon icon={node.icon} />
        <Markdown body={node.label} inline />
      </button>
      <Help text={node.help} />
    </div>
  );
}

function LinkButton({ node }: ElementProps<LinkButtonNode>) {
  // A disabled link has no href (so neither the mouse nor the keyboard follows it).
  return (
    <div class={`aw-button-row${node.use_container_width ? " aw-full-width" : ""}`}>
      <a
        class={`aw-button aw-link-button aw-button-${node.kind}${node.disabled ? " aw-disabled" : ""}`}
        href={node.disabled ? undefined : safeHref(node.url)}
        target="_blank"
        rel="noreferrer"
        role={node.disabled ? "link" : undefined}
        aria-disabled={node.disabled ? "true" : undefined}
      >
        <Icon icon={node.icon} />
        <Markdown body={node.label} inline />
      </a>
      <Help text={node.help} />
    </div>
  );
}

registerElement<DownloadButtonNode>("download_button", DownloadButton);
registerElement<LinkButtonNode>("link_button", LinkButton);
