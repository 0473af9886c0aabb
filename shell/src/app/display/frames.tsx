// Raw HTML (st.html) and components (st.components.v1.html / iframe): always in sandboxed
// iframes, never in the page's DOM.
import { useEffect, useRef, useState } from "preact/hooks";
import type { HtmlNode, IframeNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";

// st.html: no scripts run (as in Streamlit, where its HTML is sanitised); same-origin only so
// the page can measure the content and size the frame to it. Links open in a new tab.
const HTML_SANDBOX = "allow-same-origin allow-popups allow-popups-to-escape-sandbox";
const HTML_HEAD =
  '<meta charset="utf-8"><base target="_blank"><style>html,body{margin:0;padding:0;background:transparent;' +
  "color:CanvasText;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.6}" +
  ":root{color-scheme:light dark}</style>";

function Html({ node }: ElementProps<HtmlNode>) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    let observer: ResizeObserver | null = null;
    const measure = () => {
      const doc = frame.contentDocument;
      if (!doc?.documentElement) return;
      setHeight(Math.ceil(doc.documentElement.getBoundingClientRect().height));
      if (!observer && doc.body) {
        observer = new ResizeObserver(() => setHeight(Math.ceil(doc.documentElement.getBoundingClientRect().height)));
        observer.observe(doc.body);
      }
    };
    frame.addEventListener("load", measure);
    measure();
    return () => {
      frame.removeEventListener("load", measure);
      observer?.disconnect();
    };
  }, [node.body]);
  return (
    <iframe ref={ref} class="aw-html" sandbox={HTML_SANDBOX} srcDoc={`<!doctype html><html><head>${HTML_HEAD}</head><body>${node.body}</body></html>`}
      title="HTML content" style={{ height: `${height}px` }} data-testid="html" />
  );
}

// Components run their scripts, but never with this page's origin (no allow-same-origin for
// inline HTML, nor for a URL on this site).
const COMPONENT_SANDBOX = "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads";

function crossOrigin(src: string): boolean {
  try {
    return new URL(src, location.href).origin !== location.origin;
  } catch {
    return false;
  }
}

function Iframe({ node }: ElementProps<IframeNode>) {
  const sandbox = node.src && crossOrigin(node.src) ? `${COMPONENT_SANDBOX} allow-same-origin` : COMPONENT_SANDBOX;
  return (
    <iframe class="aw-iframe" sandbox={sandbox} src={node.src ?? undefined} srcDoc={node.srcdoc ?? undefined}
      title={node.src ? `Embedded page ${node.src}` : "Component"} scrolling={node.scrolling ? "auto" : "no"}
      style={{ height: `${node.height}px`, width: node.width !== null ? `${node.width}px` : "100%" }} data-testid="iframe" />
  );
}

registerElement<HtmlNode>("html", Html);
registerElement<IframeNode>("iframe", Iframe);
