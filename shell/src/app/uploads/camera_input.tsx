// st.camera_input: the camera's live picture and "Take Photo"; the snapshot (a JPEG, as
// Streamlit sends it) replaces the picture until "Clear photo". The camera is released while
// a photo is shown and when the widget goes away. Denied or absent cameras are said in words.
import { useEffect, useRef, useState } from "preact/hooks";
import type { CameraInputNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId } from "../widgets/common";
import { mediaProblem, mediaProblemText, openMedia, stopStream, useFiles, type MediaProblem } from "./files";

function snapshotName(): string {
  return `camera-input-${new Date().toISOString().replace(/:/g, "_")}.jpg`;
}

function CameraInput({ node, eventSeq }: ElementProps<CameraInputNode>) {
  const { files, add, remove } = useFiles(node, eventSeq);
  const video = useRef<HTMLVideoElement>(null);
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<MediaProblem | null>(null);
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const hasPhoto = files.length > 0;
  const labelId = domId(node.id, "label");

  useEffect(() => {
    if (hasPhoto || node.disabled) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    setReady(false);
    openMedia({ video: true, audio: false })
      .then((s) => {
        if (cancelled) return stopStream(s);
        stream = s;
        setProblem(null);
        if (video.current) {
          video.current.srcObject = s;
          video.current.onloadeddata = () => setReady(true);
          void video.current.play().catch(() => undefined);
        }
      })
      .catch((error) => !cancelled && setProblem(mediaProblem(error)));
    return () => {
      cancelled = true;
      stopStream(stream);
    };
  }, [hasPhoto, node.disabled]);

  useEffect(() => () => { if (snapshot) URL.revokeObjectURL(snapshot); }, [snapshot]);

  const takePhoto = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement("canvas");
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext("2d")!.drawImage(v, 0, 0);
    canvas.toBlob((blob) => {
      if (!blob) return;
      setSnapshot(URL.createObjectURL(blob));
      void add([new File([blob], snapshotName(), { type: "image/jpeg" })], true);
    }, "image/jpeg", 0.92);
  };

  const clearPhoto = () => {
    if (files[0]) remove(files[0].file_id);
    setSnapshot(null);
  };

  return (
    <div class="aw-camera-input" role="group" aria-labelledby={labelId}>
      <WidgetLabel node={node} id={labelId} />
      <div class="aw-media-box">
        {hasPhoto ? (
          snapshot ? <img src={snapshot} alt="Snapshot" class="aw-camera-picture" /> : <p class="aw-media-note">Photo taken.</p>
        ) : problem ? (
          <p class="aw-media-note" role="alert">{mediaProblemText(problem, "camera")}</p>
        ) : (
          <video ref={video} class="aw-camera-picture" muted playsInline aria-label="Camera preview" />
        )}
      </div>
      {hasPhoto ? (
        <button type="button" class="aw-button aw-media-action" disabled={node.disabled} onClick={clearPhoto}>
          Clear photo
        </button>
      ) : (
        <button type="button" class="aw-button aw-media-action" disabled={node.disabled || !ready || problem !== null} onClick={takePhoto}>
          Take Photo
        </button>
      )}
    </div>
  );
}

registerElement<CameraInputNode>("camera_input", CameraInput);
