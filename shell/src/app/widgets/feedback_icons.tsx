// Drawings for st.feedback's icons (our own simple SVGs: the page loads no icon font). Keyed by
// the Material Symbol names Streamlit uses, so a ":material/...:" icon we draw is shown here.
import type { JSX } from "preact";

const STAR = "12,2.6 14.9,8.7 21.4,9.4 16.6,13.9 17.9,20.4 12,17.1 6.1,20.4 7.4,13.9 2.6,9.4 9.1,8.7";
const THUMB = (
  <>
    <rect x="2.5" y="10" width="4" height="10.5" rx="1" />
    <path d="M8.5 10.5 12.6 3c1.6 0 2.7 1.2 2.3 2.9L14.2 9h5.2c1.4 0 2.3 1.3 1.9 2.6l-2.2 7.4c-.3.9-1.1 1.5-2 1.5H8.5z" />
  </>
);

function face(mouth: JSX.Element): JSX.Element {
  return (
    <>
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8" />
      <circle cx="9" cy="9.8" r="1.2" />
      <circle cx="15" cy="9.8" r="1.2" />
      {mouth}
    </>
  );
}

const line = { fill: "none", stroke: "currentColor", "stroke-width": 1.8, "stroke-linecap": "round" } as const;

const DRAWINGS: Record<string, JSX.Element> = {
  thumb_up: THUMB,
  thumb_down: <g transform="rotate(180 12 12)">{THUMB}</g>,
  sentiment_sad: face(<path d="M8 17.2Q12 12.8 16 17.2" {...line} />),
  sentiment_dissatisfied: face(<path d="M8.6 16.2Q12 14 15.4 16.2" {...line} />),
  sentiment_neutral: face(<path d="M8.6 15.2H15.4" {...line} />),
  sentiment_satisfied: face(<path d="M8.6 14.2Q12 16.8 15.4 14.2" {...line} />),
  sentiment_very_satisfied: face(<path d="M7.8 13.6Q12 19.6 16.2 13.6Z" />),
  star: <polygon points={STAR} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />,
  star_filled: <polygon points={STAR} stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />,
};

// The drawing for ":material/<name>:" if we have one, else null.
export function DrawnIcon({ icon }: { icon: string | null }) {
  const name = icon ? /^:material\/([a-z0-9_]+):$/.exec(icon)?.[1] : undefined;
  const drawing = name ? DRAWINGS[name] : undefined;
  if (!drawing) return null;
  return (
    <svg class="aw-drawn-icon" viewBox="0 0 24 24" width="20" height="20" fill="currentColor" aria-hidden="true">
      {drawing}
    </svg>
  );
}

export function hasDrawing(icon: string | null): boolean {
  const name = icon ? /^:material\/([a-z0-9_]+):$/.exec(icon)?.[1] : undefined;
  return !!name && name in DRAWINGS;
}
