// KaTeX (a lazy chunk: only pages that show LaTeX download it). Its stylesheet and fonts are
// part of the site (katex.css beside app.js, fonts in assets/).
import katex from "katex";

const link = document.createElement("link");
link.rel = "stylesheet";
link.href = new URL("../katex.css", import.meta.url).href;
document.head.appendChild(link);

// KaTeX escapes the source itself and, with `trust: false`, allows no links or raw HTML.
export function renderTex(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, { displayMode, throwOnError: false, trust: false, output: "htmlAndMathml" });
}
