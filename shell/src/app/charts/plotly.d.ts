// plotly.js-dist-min ships no types; the few calls the renderer makes.
declare module "plotly.js-dist-min" {
  const Plotly: {
    newPlot(root: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>): Promise<any>;
    react(root: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>): Promise<any>;
    purge(root: HTMLElement): void;
    Plots: { resize(root: HTMLElement): void };
  };
  export default Plotly;
}
