// What the file widgets share (st.file_uploader, st.camera_input, st.audio_input): a file the
// user picks is read once and its bytes go to the worker as a transferred ArrayBuffer in an
// `upload_files` message; the widget's value (sent after it) names files by id only.
import type { UploadedFileRef, WidgetBase } from "../../protocol.gen";
import { useApp } from "../context";
import { useWidgetValue } from "../widgets/common";

export interface FileWidgetNode extends WidgetBase {
  value: UploadedFileRef[];
}

let counter = 0;

// A file id unique in this tab (randomUUID needs a secure context; the fallback does not).
export function newFileId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${(++counter).toString(36)}-${Math.random().toString(36).slice(2)}`;
}

const UNITS = ["B", "KB", "MB", "GB"];

// Streamlit's size display: a unit step every 1024, once past half of the next unit.
export function sizeDisplay(bytes: number, rounding = 1): string {
  let size = bytes;
  let unit = 0;
  while (size >= 512 && unit < UNITS.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${size.toFixed(rounding)}${UNITS[unit]}`;
}

// The value of a file widget, and the two ways the user changes it.
export function useFiles(node: FileWidgetNode, eventSeq: number) {
  const { transport } = useApp();
  const { value, commit } = useWidgetValue<UploadedFileRef[]>(node, eventSeq, node.value);
  const files = value ?? [];

  // Sends the files' bytes, then the widget's new value (`replace`: instead of the current files).
  async function add(picked: File[], replace: boolean): Promise<void> {
    if (!picked.length) return;
    const buffers = await Promise.all(picked.map((f) => f.arrayBuffer()));
    const infos = picked.map((f) => ({
      file_id: newFileId(), name: f.name, size: f.size, type: f.type || "application/octet-stream",
    }));
    const removed = replace ? files.map((f) => f.file_id) : [];
    transport.sendMessage({ type: "upload_files", files: infos, remove: removed }, buffers);
    const refs = infos.map(({ file_id, name, size }) => ({ file_id, name, size }));
    commit(replace ? refs : [...files, ...refs]);
  }

  function remove(fileId: string): void {
    transport.sendMessage({ type: "upload_files", files: [], remove: [fileId] });
    commit(files.filter((f) => f.file_id !== fileId));
  }

  return { files, add, remove };
}

// The reason a camera or microphone is not available, in words a user can act on.
export type MediaProblem = "denied" | "absent" | "insecure" | "failed";

export function mediaProblem(error: unknown): MediaProblem {
  const name = (error as { name?: string })?.name ?? "";
  if (name === "InsecureContext") return "insecure";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") return "denied";
  if (name === "NotFoundError" || name === "DevicesNotFoundError" || name === "OverconstrainedError") return "absent";
  return "failed";
}

export function mediaProblemText(problem: MediaProblem, device: "camera" | "microphone"): string {
  const ask = `This app would like to use your ${device}.`;
  switch (problem) {
    case "denied":
      return `${ask} Access was denied: allow the ${device} for this site in your browser's settings, then reload the page.`;
    case "absent":
      return `${ask} No ${device} was found on this device.`;
    case "insecure":
      return `${ask} Browsers only give access to it on secure pages (https or localhost).`;
    default:
      return `${ask} It could not be started (it may be in use by another application).`;
  }
}

export async function openMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error("insecure"), { name: "InsecureContext" });
  return navigator.mediaDevices.getUserMedia(constraints);
}

export function stopStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}
