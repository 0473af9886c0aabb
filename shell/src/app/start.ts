// The page's first script (assets/start.js, loaded async before the renderer): starts the app's
// worker at once. See worker_start.ts.
import { siteBase } from "./state/url";
import { leaveForRenderer, readBootConfig, startWorker } from "./worker_start";

leaveForRenderer(startWorker(new URL("./worker.js", import.meta.url), siteBase().href, readBootConfig()));
