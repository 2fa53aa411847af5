/**
 * Latest text wins, even against a long analysis: a worker cannot be interrupted mid-analysis, so when a newer
 * version waits behind one that has run for `restartAfterMs` (e.g. a 20 MB paste, since replaced), the worker
 * is replaced and the newest request sent to the fresh one.
 */
import type { AnalyzeRequest, Timers } from './worker-protocol';

export interface WorkerLike {
  postMessage(req: AnalyzeRequest): void;
  terminate(): void;
}

export interface WatchedWorker {
  post(req: AnalyzeRequest): void;
  /** Call with the version of every result the worker sends. */
  answered(version: number): void;
  dispose(): void;
}

/** Wrap worker creation with the restart rule above; `spawn` makes a worker wired to deliver results. */
export function watchWorker(spawn: () => WorkerLike, restartAfterMs = 5000, timers: Timers = { set: (f, ms) => setTimeout(f, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) }): WatchedWorker {
  let worker = spawn();
  let latest: AnalyzeRequest | null = null;
  /** Version the worker is (at least) busy with, or null when it has answered everything sent. */
  let busy: number | null = null;
  let watchdog: unknown = null;

  const arm = () => {
    if (watchdog !== null) timers.clear(watchdog);
    watchdog = timers.set(() => {
      watchdog = null;
      if (busy === null || !latest || latest.version <= busy) return;
      worker.terminate();
      worker = spawn();
      busy = latest.version;
      worker.postMessage(latest);
      arm();
    }, restartAfterMs);
  };

  return {
    post(req) {
      latest = req;
      worker.postMessage(req);
      if (busy === null) {
        busy = req.version;
        arm();
      }
    },
    answered(version) {
      if (!latest || version >= latest.version) {
        busy = null;
        if (watchdog !== null) timers.clear(watchdog);
        watchdog = null;
      } else {
        // The worker moves on to the newest queued request now: give that one its own time.
        busy = version + 1;
        arm();
      }
    },
    dispose() {
      if (watchdog !== null) timers.clear(watchdog);
      worker.terminate();
    },
  };
}
