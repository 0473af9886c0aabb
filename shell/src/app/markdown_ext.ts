// Streamlit's markdown extensions, as markdown-it rules: colored text (`:red[...]`,
// `:blue-background[...]`, `:rainbow[...]`), Material icons (`:material/name:`), math (`$...$`,
// `$$...$$`) and heading ids. Math and icons render through lazily loaded modules.
import type MarkdownIt from "markdown-it";
import type StateBlock from "markdown-it/lib/rules_block/state_block.mjs";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";

const COLORS = new Set(["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"]);
const COLOR_OPEN = /^:([a-z]+)(-background)?\[/;
const ICON = /^:material\/([a-z0-9_]+):/;

function colorRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== 0x3a /* : */) return false;
  const match = COLOR_OPEN.exec(state.src.slice(start, state.posMax));
  if (!match || !COLORS.has(match[1]) || (match[2] && match[1] === "rainbow")) return false;
  let depth = 1;
  let end = start + match[0].length;
  for (; end < state.posMax; end++) {
    const c = state.src[end];
    if (c === "\\") end++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) break;
  }
  if (depth !== 0) return false;
  if (!silent) {
    const color = match[1] === "grey" ? "gray" : match[1];
    const open = state.push("aw_color_open", "span", 1);
    open.attrSet("class", match[2] ? `aw-bg aw-bg-${color}` : `aw-color aw-color-${color}`);
    const max = state.posMax;
    state.pos = start + match[0].length;
    state.posMax = end;
    state.md.inline.tokenize(state);
    state.posMax = max;
    state.push("aw_color_close", "span", -1);
  }
  state.pos = end + 1;
  return true;
}

function iconRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3a) return false;
  const match = ICON.exec(state.src.slice(state.pos, state.posMax));
  if (!match) return false;
  if (!silent) state.push("aw_icon", "", 0).content = match[1];
  state.pos += match[0].length;
  return true;
}

// `$x$` (not `$ x$`, not `$5 and $10`: the closing `$` is not after a space nor before a digit)
// and `$$x$$` inline.
function inlineMathRule(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x24 /* $ */) return false;
  const display = src.charCodeAt(start + 1) === 0x24;
  const open = display ? 2 : 1;
  if (!display && /\s/.test(src[start + 1] ?? " ")) return false;
  let end = start + open;
  while (end < state.posMax) {
    if (src[end] === "\\") {
      end += 2;
      continue;
    }
    if (src[end] === "$") {
      if (display ? src[end + 1] === "$" : !/\s/.test(src[end - 1]) && !/[0-9]/.test(src[end + 1] ?? "")) break;
    }
    end++;
  }
  if (end >= state.posMax || end === start + open) return false;
  if (!silent) {
    const token = state.push("aw_math", "", 0);
    token.content = src.slice(start + open, end);
    token.meta = { display };
  }
  state.pos = end + open;
  return true;
}

// `$$` on its own line ... `$$` (st.latex's form), or a whole line `$$x$$`.
function blockMathRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const lineText = (line: number) => state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
  const first = lineText(startLine);
  if (!first.startsWith("$$") || state.sCount[startLine] - state.blkIndent >= 4) return false;
  let content: string;
  let last = startLine;
  const rest = first.slice(2);
  if (rest.trimEnd().endsWith("$$") && rest.trim().length > 2) {
    content = rest.trimEnd().slice(0, -2);
  } else {
    const lines = [rest];
    let found = false;
    for (let line = startLine + 1; line < endLine; line++) {
      const text = lineText(line);
      if (text.trimEnd().endsWith("$$")) {
        lines.push(text.trimEnd().slice(0, -2));
        last = line;
        found = true;
        break;
      }
      lines.push(text);
    }
    if (!found) return false;
    content = lines.join("\n");
  }
  if (silent) return true;
  const token = state.push("aw_math", "div", 0);
  token.block = true;
  token.content = content.trim();
  token.meta = { display: true };
  token.map = [startLine, last + 1];
  state.line = last + 1;
  return true;
}

export interface MarkdownEnv {
  math?: Array<{ tex: string; display: boolean }>;
}

export function streamlitExtensions(md: MarkdownIt, renderIcon: (name: string) => string, slugify: (text: string) => string): void {
  md.inline.ruler.before("emphasis", "aw_color", colorRule);
  md.inline.ruler.before("emphasis", "aw_icon", iconRule);
  md.inline.ruler.after("escape", "aw_math", inlineMathRule);
  md.block.ruler.before("fence", "aw_math_block", blockMathRule, { alt: ["paragraph", "reference", "blockquote", "list"] });
  md.renderer.rules.aw_icon = (tokens, idx) => renderIcon(tokens[idx].content);
  // Math becomes a placeholder here; markdown.ts swaps in KaTeX's output after sanitising.
  md.renderer.rules.aw_math = (tokens, idx, _options, env: MarkdownEnv) => {
    const list = (env.math ??= []);
    list.push({ tex: tokens[idx].content, display: Boolean(tokens[idx].meta?.display) });
    const tag = tokens[idx].block ? "div" : "span";
    return `<${tag} data-aw-math="${list.length - 1}"></${tag}>${tokens[idx].block ? "\n" : ""}`;
  };
  // Headings get ids, so `#anchor` links reach them (as in Streamlit).
  md.core.ruler.push("aw_heading_ids", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length - 1; i++) {
      if (tokens[i].type === "heading_open" && !tokens[i].attrGet("id")) {
        const slug = slugify(tokens[i + 1].content);
        if (slug) tokens[i].attrSet("id", slug);
      }
    }
  });
}
