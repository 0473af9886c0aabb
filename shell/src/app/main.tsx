// The renderer's entry: read the boot config from the page, start the worker, mount the app.
import "./styles.css";
import { render } from "preact";
import type { WidgetEvent, WorkerToMain } from "../protocol.gen";
import { App } from "./components/App";
import { AppContext, formSinks, type AppServices } from "./context";
import "./elements";
import { scheduleSnapshot, type SnapshotState } from "./snapshot_maker";
import { AppStore } from "./store";
import { applyTheme } from "./theme";
import { WorkerTransport } from "./transport";
import { siteBase } from "./state/url";
import { readBootConfig } from "./worker_start";

const config = readBootConfig();
// The site root is the page's folder, so the site works at the root or under a subpath.
const baseUrl = siteBase().href;
applyTheme(config.theme);

const store = new AppStore();
const prerender = document.getElementById("appwasm-prerender")?.textContent;
if (prerender) store.applyPrerender((JSON.parse(prerender) as { messages: WorkerToMain[] }).messages);
const transport = new WorkerTransport(baseUrl, config, (message) => store.receive(message));

const services: AppServices = {
  store,
  transport,
  sendWidget(id, value, formId, options) {
    const event: WidgetEvent = { id, value, ...(options?.trigger ? { trigger: true } : {}) };
    const sink = formId ? formSinks.get(formId) : undefined;
    return sink ? sink(event) : transport.sendWidgetEvents([event]);
  },
};

// Exposed for tests and benchmarks (read-only use).
const exposed = { store, transport, config, snapshot: "pending" as SnapshotState };
(globalThis as unknown as { __appwasm: unknown }).__appwasm = exposed;
scheduleSnapshot(store, baseUrl, config, (state) => {
  exposed.snapshot = state;
});

const root = document.getElementById("root")!;
root.textContent = "";
render(
  <AppContext.Provider value={services}>
    <App />
  </AppContext.Provider>,
  root,
);
