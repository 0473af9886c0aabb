// Media: images, audio and video players (bytes via Blob URLs), and the st.logo overlay.
import { useEffect, useRef } from "preact/hooks";
import type { AudioNode, ImageNode, LogoMessage, VideoNode } from "../../protocol.gen";
import { useStoreVersion } from "../components/App";
import { registerElement, registerOverlay, type ElementProps } from "../elements/registry";
import { registerMessageHandler } from "../store";
import { mediaUrl, sourceUrl } from "./media_cache";
import { safeHref } from "../urls";

// Streamlit's width behaviours (runtime_wasm/elements/display/image.py).
function imageStyle(width: number): Record<string, string> {
  if (width > 0) return { width: `${width}px`, maxWidth: "100%" };
  if (width === -2 || width === -5) return { width: "100%" };
  if (width === -1) return {};
  return { maxWidth: "100%" };
}

function Image({ node }: ElementProps<ImageNode>) {
  return (
    <div class="aw-images">
      {node.images.map((item, i) => {
        const url = sourceUrl(item.source);
        return (
          <figure key={i} class="aw-image" style={node.width > 0 ? { width: `${node.width}px`, maxWidth: "100%" } : undefined}>
            {url ? (
              <img src={url} alt={item.caption ?? `Image ${i + 1}`} style={imageStyle(node.width)} />
            ) : (
              <div class="aw-media-missing" role="img" aria-label="Image unavailable">Image unavailable</div>
            )}
            {item.caption !== null && <figcaption class="aw-caption">{item.caption}</figcaption>}
          </figure>
        );
      })}
    </div>
  );
}

// Start at start_time; stop (or loop back) at end_time.
function usePlaybackWindow(ref: { current: HTMLMediaElement | null }, start: number, end: number | null, loop: boolean, url: string | null) {
  useEffect(() => {
    const media = ref.current;
    if (!media) return;
    const seekStart = () => {
      if (start > 0) media.currentTime = start;
    };
    const onTime = () => {
      if (end !== null && media.currentTime >= end) {
        if (loop) {
          media.currentTime = start;
          void media.play().catch(() => undefined);
        } else media.pause();
      }
    };
    const onEnded = () => {
      if (loop && start > 0) {
        media.currentTime = start;
        void media.play().catch(() => undefined);
      }
    };
    if (media.readyState >= 1) seekStart();
    media.addEventListener("loadedmetadata", seekStart);
    media.addEventListener("timeupdate", onTime);
    media.addEventListener("ended", onEnded);
    return () => {
      media.removeEventListener("loadedmetadata", seekStart);
      media.removeEventListener("timeupdate", onTime);
      media.removeEventListener("ended", onEnded);
    };
  }, [url, start, end, loop]);
}

function Audio({ node }: ElementProps<AudioNode>) {
  const ref = useRef<HTMLAudioElement>(null);
  const url = sourceUrl(node.source);
  usePlaybackWindow(ref, node.start_time, node.end_time, node.loop, url);
  return (
    <audio ref={ref} class="aw-audio" controls src={url ?? undefined} autoPlay={node.autoplay}
      loop={node.loop && node.start_time === 0 && node.end_time === null} preload="metadata" data-testid="audio" />
  );
}

function youtubeUrl(node: VideoNode): string {
  const url = new URL(node.source.url!);
  const id = url.pathname.split("/").pop() ?? "";
  if (node.start_time) url.searchParams.set("start", String(node.start_time));
  if (node.end_time !== null) url.searchParams.set("end", String(node.end_time));
  if (node.loop) {
    url.searchParams.set("loop", "1");
    url.searchParams.set("playlist", id);
  }
  if (node.autoplay) url.searchParams.set("autoplay", "1");
  if (node.muted) url.searchParams.set("mute", "1");
  return url.href;
}

function Video({ node }: ElementProps<VideoNode>) {
  const ref = useRef<HTMLVideoElement>(null);
  const url = node.kind === "native" ? sourceUrl(node.source) : null;
  usePlaybackWindow(ref, node.start_time, node.end_time, node.loop, url);
  if (node.kind === "youtube") {
    return (
      <iframe class="aw-video aw-youtube" src={youtubeUrl(node)} title="YouTube video" allowFullScreen
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" allow="autoplay; encrypted-media; picture-in-picture" />
    );
  }
  return (
    <video ref={ref} class="aw-video" controls src={url ?? undefined} autoPlay={node.autoplay} muted={node.muted}
      loop={node.loop && node.start_time === 0 && node.end_time === null} preload="metadata" playsInline data-testid="video">
      {node.subtitles.map((track, i) => (
        <track key={track.label} kind="captions" label={track.label} src={mediaUrl(track.media) ?? undefined} default={i === 0} />
      ))}
    </video>
  );
}

// ---------------------------------------------------------------- st.logo

let logo: LogoMessage | null = null;
registerMessageHandler("logo", (_store, message) => {
  logo = (message as LogoMessage).image ? (message as LogoMessage) : null;
});

function Logo() {
  useStoreVersion();
  if (!logo || !logo.image) return null;
  const main = sourceUrl(logo.image as never);
  const icon = logo.icon_image ? sourceUrl(logo.icon_image as never) : main;
  const images = (
    <>
      {main && <img class={`aw-logo-img aw-logo-main aw-logo-${logo.size}`} src={main} alt="Logo" />}
      {icon && <img class={`aw-logo-img aw-logo-icon aw-logo-${logo.size}`} src={icon} alt="Logo" />}
    </>
  );
  return (
    <div class="aw-logo" data-testid="logo">
      {safeHref(logo.link) ? <a href={safeHref(logo.link)} target="_blank" rel="noopener noreferrer">{images}</a> : images}
    </div>
  );
}

registerElement<ImageNode>("image", Image);
registerElement<AudioNode>("audio", Audio);
registerElement<VideoNode>("video", Video);
registerOverlay(Logo);
