// st.pyplot: the PNG matplotlib rendered in Python arrives as the delta's first buffer.
import { useEffect, useState } from "preact/hooks";
import type { PyplotNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";

function Pyplot({ node }: ElementProps<PyplotNode>) {
  const buffer = (node as PyplotNode & { buffers?: ArrayBuffer[] }).buffers?.[0];
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!buffer) return;
    const objectUrl = URL.createObjectURL(new Blob([buffer], { type: "image/png" }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [buffer]);
  if (!url) return <div class="aw-chart-loading" style={{ height: `${node.height}px` }} />;
  const style = node.use_container_width ? { width: "100%" } : { width: `${node.width}px` };
  return <img class="aw-pyplot" src={url} alt="Matplotlib figure" width={node.width} height={node.height} style={style} />;
}

registerElement<PyplotNode>("pyplot", Pyplot);
