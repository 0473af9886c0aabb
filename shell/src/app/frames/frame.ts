// Frames: tabular data the worker sends once per session as columnar buffers (Arrow layout;
// see runtime_wasm/frames/codec.py). This module keeps them by hash: a FrameMessage
// stores one, a FrameReleaseMessage drops those the last complete run did not use. Elements
// name their frames by hash (FrameRef). It is small and eager; decoding the columns
// (./columns.ts) is imported by the lazy chunks that draw them.
import type { FrameMessage, FrameRef, FrameReleaseMessage, FrameSchema } from "../../protocol.gen";
import { registerMessageHandler } from "../store";

export interface RawFrame {
  schema: FrameSchema;
  buffers: ArrayBuffer[];
}

const frames = new Map<string, RawFrame>();

export function putFrame(schema: FrameSchema, buffers: ArrayBuffer[]): void {
  frames.set(schema.hash!, { schema, buffers });
}

export function getFrame(hash: string): RawFrame | undefined {
  return frames.get(hash);
}

// The frames an element names, or null if one is missing (it never should be: the worker
// sends a frame before the first element that uses it).
export function getFrames(refs: readonly FrameRef[]): RawFrame[] | null {
  const out: RawFrame[] = [];
  for (const ref of refs) {
    const frame = frames.get(ref.hash);
    if (!frame) return null;
    out.push(frame);
  }
  return out;
}

// For tests and benchmarks: how many frames and bytes the renderer holds.
export function frameStats(): { frames: number; bytes: number } {
  let bytes = 0;
  for (const f of frames.values()) for (const b of f.buffers) bytes += b.byteLength;
  return { frames: frames.size, bytes };
}

// Families that draw frames start loading their lazy chunk when the first frame arrives,
// before the element that uses it (which follows right after).
const arrivalListeners: Array<(schema: FrameSchema) => void> = [];

export function onFrameArrival(listener: (schema: FrameSchema) => void): () => void {
  arrivalListeners.push(listener);
  return () => {
    const i = arrivalListeners.indexOf(listener);
    if (i >= 0) arrivalListeners.splice(i, 1);
  };
}

registerMessageHandler("frame", (_store, message) => {
  const m = message as FrameMessage & { buffers?: ArrayBuffer[] };
  putFrame(m.schema, m.buffers ?? []);
  for (const listener of arrivalListeners.slice()) listener(m.schema);
});

registerMessageHandler("frame_release", (_store, message) => {
  for (const hash of (message as FrameReleaseMessage).hashes) frames.delete(hash);
});
