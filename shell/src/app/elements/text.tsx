// Headings, markdown, captions, plain text and dividers.
import type { DividerNode, EmptyNode, HeadingNode, MarkdownNode, TextNode } from "../../protocol.gen";
import { slugify } from "../markdown";
import { Help, Markdown } from "./Markdown";
import { registerElement, type ElementProps } from "./registry";

const TAGS = { title: "h1", header: "h2", subheader: "h3" } as const;

function Heading({ node }: ElementProps<HeadingNode>) {
  const Tag = TAGS[node.level];
  const anchor = node.anchor === "" ? null : node.anchor ?? slugify(node.body);
  return (
    <div class={`aw-heading aw-${node.level}`}>
      <Tag id={anchor ?? undefined}>
        <Markdown body={node.body} inline />
        <Help text={node.help} />
        {anchor && (
          <a class="aw-anchor" href={`#${anchor}`} aria-label={`Link to this section`}>
            #
          </a>
        )}
      </Tag>
      {node.divider && <hr class={`aw-heading-divider aw-divider-${node.divider}`} />}
    </div>
  );
}

function MarkdownElement({ node }: ElementProps<MarkdownNode>) {
  return (
    <div class={node.variant === "caption" ? "aw-caption" : undefined}>
      <Markdown body={node.body} allowHtml={node.unsafe_allow_html} />
      <Help text={node.help} />
    </div>
  );
}

function Text({ node }: ElementProps<TextNode>) {
  return (
    <div class="aw-text">
      <pre>{node.body}</pre>
      <Help text={node.help} />
    </div>
  );
}

function Divider(_: ElementProps<DividerNode>) {
  return <hr class="aw-divider" />;
}

registerElement<HeadingNode>("heading", Heading);
registerElement<MarkdownNode>("markdown", MarkdownElement);
registerElement<TextNode>("text", Text);
registerElement<DividerNode>("divider", Divider);
registerElement<EmptyNode>("empty", () => null);
