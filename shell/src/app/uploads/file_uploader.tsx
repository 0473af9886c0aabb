// st.file_uploader: a drop zone with a "Browse files" button (the keyboard path), the list of
// files (newest first) with a remove button each, and the files refused in the page (wrong
// type, too big, one too many) with Streamlit's messages.
import { useRef, useState } from "preact/hooks";
import type { FileUploaderNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId } from "../widgets/common";
import { sizeDisplay, useFiles } from "./files";

interface Refused {
  key: number;
  name: string;
  size: number;
  message: string;
}

let refusedCounter = 0;

function accepts(node: FileUploaderNode, file: File): boolean {
  const name = file.name.toLowerCase();
  return node.accept.length === 0 || node.accept.some((ext) => name.endsWith(ext));
}

// Streamlit's split of the picked files into those to upload and those refused, with why.
function sortOut(node: FileUploaderNode, picked: File[]): { accepted: File[]; refused: Refused[] } {
  const maxBytes = node.max_upload_size_mb * 1024 * 1024;
  const accepted: File[] = [];
  const refused: Refused[] = [];
  for (const file of picked) {
    let message = "";
    if (!accepts(node, file)) message = `${file.type} files are not allowed.`;
    else if (file.size > maxBytes) message = `File must be ${sizeDisplay(maxBytes)} or smaller.`;
    else if (!node.multiple && accepted.length > 0) message = "Only one file is allowed.";
    if (message) refused.push({ key: ++refusedCounter, name: file.name, size: file.size, message });
    else accepted.push(file);
  }
  return { accepted, refused };
}

function FileUploader({ node, eventSeq }: ElementProps<FileUploaderNode>) {
  const { files, add, remove } = useFiles(node, eventSeq);
  const [refused, setRefused] = useState<Refused[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const labelId = domId(node.id, "label");
  const hintId = domId(node.id, "hint");

  const pick = (list: FileList | null) => {
    if (!list || node.disabled) return;
    const sorted = sortOut(node, Array.from(list));
    if (sorted.refused.length) setRefused((r) => [...r, ...sorted.refused]);
    void add(sorted.accepted, !node.multiple);
  };

  const extensions = node.accept.map((ext) => ext.replace(/^\./, "").toUpperCase()).join(", ");
  const rows = [
    ...refused.map((r) => ({ key: `r${r.key}`, name: r.name, size: r.size, error: r.message, onRemove: () => setRefused((all) => all.filter((x) => x.key !== r.key)) })),
    ...files.map((f) => ({ key: f.file_id, name: f.name, size: f.size, error: "", onRemove: () => remove(f.file_id) })),
  ].reverse();

  return (
    <div class="aw-file-uploader" role="group" aria-labelledby={labelId}>
      <WidgetLabel node={node} id={labelId} />
      <div
        class={`aw-dropzone${dragging ? " aw-dragging" : ""}${node.disabled ? " aw-disabled" : ""}`}
        data-testid="dropzone"
        onDragEnter={(e) => { e.preventDefault(); if (!node.disabled) setDragging(true); }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          pick(e.dataTransfer?.files ?? null);
        }}
      >
        <svg class="aw-dropzone-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M19.35 10.04A7.49 7.49 0 0 0 12 4C9.11 4 6.6 5.64 5.35 8.04A5.994 5.994 0 0 0 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96zM14 13v4h-4v-4H7l5-5 5 5h-3z" /></svg>
        <div class="aw-dropzone-text" id={hintId}>
          <span>{node.multiple ? "Drag and drop files here" : "Drag and drop file here"}</span>
          <small>
            {`Limit ${sizeDisplay(node.max_upload_size_mb * 1024 * 1024, 0)} per file`}
            {extensions ? ` • ${extensions}` : ""}
          </small>
        </div>
        <button type="button" class="aw-button" disabled={node.disabled} aria-describedby={hintId} onClick={() => input.current?.click()}>
          Browse files
        </button>
        <input
          ref={input}
          type="file"
          class="aw-visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          multiple={node.multiple}
          accept={node.accept.join(",") || undefined}
          disabled={node.disabled}
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            pick(el.files);
            el.value = ""; // the same file can be picked again after it was removed
          }}
        />
      </div>
      {rows.length > 0 && (
        <ul class="aw-file-list" aria-label="Uploaded files">
          {rows.map((row) => (
            <li key={row.key} class={`aw-file${row.error ? " aw-file-refused" : ""}`}>
              <svg class="aw-file-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M14 2H6c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V8l-6-6zM6 20V4h7v5h5v11H6z" /></svg>
              <span class="aw-file-name">{row.name}</span>
              {row.error ? (
                <span class="aw-file-error" role="alert">{row.error}</span>
              ) : (
                <small class="aw-file-size">{sizeDisplay(row.size)}</small>
              )}
              <button type="button" class="aw-file-remove" aria-label={`Remove ${row.name}`} disabled={node.disabled} onClick={row.onRemove}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

registerElement<FileUploaderNode>("file_uploader", FileUploader);
