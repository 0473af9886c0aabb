// st.page_link: a real link (middle-click opens a new tab); a plain click runs the page in place.
import type { PageLinkNode } from "../../protocol.gen";
import { useApp } from "../context";
import { Icon } from "../elements/alerts";
import { Help, Markdown } from "../elements/Markdown";
import { registerElement, type ElementProps } from "../elements/registry";
import { inPlaceClick, useCurrentPageHash } from "./navigation";
import { urlFor } from "./url";
import { safeHref } from "../urls";

function PageLink({ node }: ElementProps<PageLinkNode>) {
  const { transport } = useApp();
  const currentHash = useCurrentPageHash();
  const current = !node.external && node.page_script_hash === currentHash;
  const href = node.external ? node.page : urlFor(node.page);
  const content = (
    <>
      <Icon icon={node.icon} />
      <Markdown body={node.label} inline />
    </>
  );
  return (
    <div class={`aw-page-link-row${node.use_container_width ? " aw-full-width" : ""}`} data-testid="page-link">
      {node.disabled ? (
        <a class="aw-page-link aw-page-link-disabled" role="link" aria-disabled="true">
          {content}
        </a>
      ) : (
        <a
          class={`aw-page-link${current ? " aw-page-link-current" : ""}`}
          href={safeHref(href)}
          aria-current={current ? "page" : undefined}
          {...(node.external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
          onClick={(event) => {
            if (node.external || !inPlaceClick(event)) return;
            event.preventDefault();
            transport.sendMessage({ type: "navigate", page_script_hash: node.page_script_hash });
          }}
        >
          {content}
        </a>
      )}
      <Help text={node.help} />
    </div>
  );
}

registerElement<PageLinkNode>("page_link", PageLink);
