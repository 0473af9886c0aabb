// The charts family's elements. Vega (vega-embed), plotly.js and Graphviz each load in their
// own lazy chunk the first time a page shows such a chart; a page without charts downloads
// none of them. st.pyplot is a PNG from Python and needs no library.
import { useEffect, useState } from "preact/hooks";
import type { ComponentType } from "preact";
import type {
  GraphvizChartNode, MapNode, PlotlyChartNode, VegaLiteChartNode,
} from "../../protocol.gen";
import { registerElement, type ElementProps } from "../elements/registry";
import "../frames/frame";
import "./charts.css";
import "./pyplot";

function lazy<M, N>(load: () => Promise<M>, pick: (m: M) => ComponentType<ElementProps<N>>, height: number) {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return function Lazy(props: ElementProps<N>) {
    const [ready, setReady] = useState(loaded);
    useEffect(() => {
      if (!ready) {
        loading ??= load().then((m) => (loaded = m));
        void loading.then(setReady);
      }
    }, []);
    if (!ready) return <div class="aw-chart-loading" style={{ height: `${height}px` }} aria-busy="true" />;
    const View = pick(ready);
    return <View {...props} />;
  };
}

const vega = () => import("./VegaChart");
registerElement<VegaLiteChartNode>("arrow_vega_lite_chart", lazy(vega, (m) => m.VegaChart, 350));
registerElement<MapNode>("deck_gl_json_chart", lazy(vega, (m) => m.VegaChart, 500));
registerElement<PlotlyChartNode>("plotly_chart", lazy(() => import("./PlotlyChart"), (m) => m.PlotlyChart, 450));
registerElement<GraphvizChartNode>("graphviz_chart", lazy(() => import("./GraphvizChart"), (m) => m.GraphvizChart, 200));
