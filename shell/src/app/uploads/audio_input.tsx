// st.audio_input: "Record" asks for the microphone and records (MediaRecorder); "Stop
// recording" turns the recording into a WAV file, sends it, and offers it for playback with
// native controls; "Clear recording" empties the widget. Denied or absent microphones are said
// in words.
import { useEffect, useRef, useState } from "preact/hooks";
import type { AudioInputNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { WidgetLabel, domId } from "../widgets/common";
import { mediaProblem, mediaProblemText, openMedia, stopStream, useFiles, type MediaProblem } from "./files";
import { toWav } from "./wav";

type Phase = "idle" | "starting" | "recording" | "encoding";

function recordingName(): string {
  // As Streamlit names it: the minute it was made, "2024-11-05T10-30_audio.wav".
  return `${new Date().toISOString().slice(0, 16).replace(/:/g, "-")}_audio.wav`;
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

function AudioInput({ node, eventSeq }: ElementProps<AudioInputNode>) {
  const { files, add, remove } = useFiles(node, eventSeq);
  const [phase, setPhase] = useState<Phase>("idle");
  const [problem, setProblem] = useState<MediaProblem | string | null>(null);
  const [playback, setPlayback] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const labelId = domId(node.id, "label");

  useEffect(() => () => { if (playback) URL.revokeObjectURL(playback); }, [playback]);
  useEffect(() => () => stopStream(stream.current), []);
  useEffect(() => {
    if (phase !== "recording") return;
    const started = performance.now();
    const timer = setInterval(() => setElapsed(performance.now() - started), 250);
    return () => clearInterval(timer);
  }, [phase]);

  const start = async () => {
    setPhase("starting");
    try {
      stream.current = await openMedia({ audio: true, video: false });
    } catch (error) {
      setProblem(mediaProblem(error));
      setPhase("idle");
      return;
    }
    setProblem(null);
    const chunks: Blob[] = [];
    const rec = new MediaRecorder(stream.current);
    rec.ondataavailable = (e) => e.data.size && chunks.push(e.data);
    rec.onstop = async () => {
      stopStream(stream.current);
      stream.current = null;
      setPhase("encoding");
      try {
        const wav = await toWav(new Blob(chunks, { type: rec.mimeType }));
        setPlayback(URL.createObjectURL(wav));
        await add([new File([wav], recordingName(), { type: "audio/wav" })], true);
      } catch (error) {
        setProblem(`The recording could not be read: ${(error as Error).message ?? error}`);
      }
      setPhase("idle");
    };
    recorder.current = rec;
    setElapsed(0);
    rec.start();
    setPhase("recording");
  };

  const stop = () => recorder.current?.state === "recording" && recorder.current.stop();

  const clear = () => {
    if (files[0]) remove(files[0].file_id);
    setPlayback(null);
    setElapsed(0);
  };

  const recording = phase === "recording";
  const problemText = problem === null ? null
    : ["denied", "absent", "insecure", "failed"].includes(problem) ? mediaProblemText(problem as MediaProblem, "microphone") : problem;

  return (
    <div class="aw-audio-input" role="group" aria-labelledby={labelId}>
      <WidgetLabel node={node} id={labelId} />
      <div class={`aw-media-bar${recording ? " aw-recording" : ""}`}>
        {recording ? (
          <button type="button" class="aw-round-button" aria-label="Stop recording" onClick={stop}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><rect x="6" y="6" width="12" height="12" rx="2" /></svg>
          </button>
        ) : (
          <button type="button" class="aw-round-button" aria-label="Record" disabled={node.disabled || phase !== "idle"} onClick={() => void start()}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2z" /></svg>
          </button>
        )}
        <div class="aw-media-middle">
          {problemText ? (
            <span class="aw-media-note" role="alert">{problemText}</span>
          ) : playback && files.length > 0 ? (
            <audio controls src={playback} aria-label="Recording" class="aw-playback" />
          ) : (
            <span class="aw-media-note">{recording ? "Recording…" : phase === "encoding" ? "Saving…" : files.length ? "Recorded." : "Record a sound"}</span>
          )}
        </div>
        <span class="aw-media-clock" aria-live="off">{clock(elapsed)}</span>
        {files.length > 0 && !recording && (
          <button type="button" class="aw-file-remove" aria-label="Clear recording" disabled={node.disabled} onClick={clear}>×</button>
        )}
      </div>
    </div>
  );
}

registerElement<AudioInputNode>("audio_input", AudioInput);
