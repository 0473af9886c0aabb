// The page's first script (assets/start.js, loaded async before the renderer): starts the app's
// worker at once. See worker_start.ts.
import { leaveForRenderer, readBootConfig, siteRoot, startWorker } from "./worker_start";

leaveForRenderer(startWorker(new URL("./worker.js", import.meta.url), siteRoot(), readBootConfig()));
