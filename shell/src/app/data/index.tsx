// The data family's elements. The grid and the table load on demand (a lazy chunk); the
// frame store and st.metric are small and always present.
import { useEffect, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import type { ArrowDataFrameNode, ArrowTableNode } from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import { onFrameArrival } from "../frames/frame";
// The grid's styles are small; they load with the page (CSS of a lazy chunk is not injected).
import "./grid/grid.css";
import "./metric";

type Views = typeof import("./DataFrameView");
let views: Views | null = null;
let loading: Promise<Views> | null = null;

function load(): Promise<Views> {
  loading ??= import("./DataFrameView").then((m) => (views = m));
  return loading;
}

function lazy<N>(pick: (m: Views) => ComponentType<ElementProps<N>>, height: (node: N) => number) {
  return function Lazy(props: ElementProps<N>) {
    const [ready, setReady] = useState(views);
    useEffect(() => {
      if (!ready) void load().then(setReady);
    }, []);
    if (!ready) return <div class="aw-grid-loading" style={{ height: `${height(props.node)}px` }} aria-busy="true" />;
    const View = pick(ready);
    return <View {...props} />;
  };
}

onFrameArrival(() => void load());

registerElement<ArrowDataFrameNode>("arrow_data_frame", lazy((m) => m.DataFrameView, (n) => n.height ?? Math.min(400, 36 * (1 + (n.frames[0]?.num_rows ?? 0)))));
registerElement<ArrowTableNode>("arrow_table", lazy((m) => m.TableView, () => 40));
