// run_every: a fragment declared with run_every asks for a run of itself on a timer, until the
// next run of the whole script (which declares it again, or not). A tick that comes while a
// run is in progress is skipped, so timers never cut a run short.
import { useEffect } from "preact/hooks";
import type { FragmentAutoRerunMessage, FragmentRerunMessage } from "../../protocol.gen";
import { useApp } from "../context";
import { registerOverlay } from "../elements/registry";
import { registerMessageHandler, registerRunListener } from "../store";

// fragment id -> interval in seconds; replaced (never mutated) so that a change is seen.
let autoReruns = new Map<string, number>();

registerMessageHandler("fragment_auto_rerun", (_store, message) => {
  const { fragment_id, interval_s } = message as FragmentAutoRerunMessage;
  if (autoReruns.get(fragment_id) !== interval_s) autoReruns = new Map(autoReruns).set(fragment_id, interval_s);
});

registerRunListener((_store, message) => {
  if (message.type === "run_started" && !message.fragment_paths && autoReruns.size) autoReruns = new Map();
});

function FragmentTimers() {
  const { store, transport } = useApp();
  const current = autoReruns;
  useEffect(() => {
    const timers = [...current].map(([fragmentId, seconds]) =>
      setInterval(() => {
        if (!store.running) transport.request<FragmentRerunMessage>({ type: "fragment_rerun", fragment_id: fragmentId });
      }, seconds * 1000),
    );
    return () => timers.forEach(clearInterval);
  }, [current]);
  return null;
}

registerOverlay(FragmentTimers);
