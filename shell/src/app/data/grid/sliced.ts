// Loops over every row of a big frame (search, CSV export) without freezing the page: the work
// runs in slices of about a frame's worth, chained through a message channel (timers would add
// 4 ms each), with progress reported every PROGRESS_MS and at the end.

const SLICE_MS = 12;
const ROWS_PER_CHECK = 500;
const PROGRESS_MS = 150;

export interface SlicedRun {
  cancel(): void;
}

// step(from, to) handles rows [from, to); progress(done, finished) follows the run.
export function runSliced(total: number, step: (from: number, to: number) => void,
  progress: (done: number, finished: boolean) => void): SlicedRun {
  const channel = new MessageChannel();
  let cancelled = false;
  let next = 0;
  let reported = -Infinity;
  const slice = () => {
    if (cancelled) return;
    const now = performance.now();
    const deadline = now + SLICE_MS;
    while (next < total && performance.now() < deadline) {
      const end = Math.min(total, next + ROWS_PER_CHECK);
      step(next, end);
      next = end;
    }
    const finished = next >= total;
    if (finished || now - reported >= PROGRESS_MS) {
      reported = now;
      progress(next, finished);
    }
    if (finished) channel.port1.close();
    else channel.port2.postMessage(null);
  };
  channel.port1.onmessage = slice;
  slice();
  return {
    cancel: () => {
      cancelled = true;
      channel.port1.close();
    },
  };
}
