// Emoji shortcodes (`:smile:`), GitHub's names as Streamlit accepts them; a lazy chunk loaded
// only when some markdown contains a shortcode-like `:word:`.
import { bare } from "markdown-it-emoji";
import full from "markdown-it-emoji/lib/data/full.mjs";
import type MarkdownIt from "markdown-it";

export function emojiPlugin(md: MarkdownIt): void {
  // No emoticon shortcuts (":)"): Streamlit leaves those as typed.
  md.use(bare, { defs: full, shortcuts: {} });
}
