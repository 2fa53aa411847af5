/**
 * The studio's side of the validation worker: the request it sends and its debounce (latest wins). Apart from
 * `worker-protocol.ts`, whose worker side imports the whole analysis, which the main thread must not load.
 */
export interface AnalyzeRequest {
  type: 'analyze';
  version: number;
  text: string;
  /** The main thread lost track of the worker's answers: answer this one in full (see result-delta.ts). */
  full?: true;
}

export type Timers = {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
};

export const defaultTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface AnalysisScheduler {
  /** Ask for an analysis of `text` after a quiet period; replaces any request not yet sent. */
  schedule(text: string, version: number): void;
  /** Send now, skipping the debounce (first load, restore). */
  flush(): void;
  dispose(): void;
}

/** Main-thread side: debounces requests so typing never waits for validation. */
export function createAnalysisScheduler(post: (req: AnalyzeRequest) => void, delayMs = 150, timers: Timers = defaultTimers): AnalysisScheduler {
  let pending: AnalyzeRequest | null = null;
  let handle: unknown = null;
  const send = () => {
    handle = null;
    if (pending) post(pending);
    pending = null;
  };
  return {
    schedule(text, version) {
      pending = { type: 'analyze', text, version };
      if (handle !== null) timers.clear(handle);
      handle = timers.set(send, delayMs);
    },
    flush() {
      if (handle !== null) timers.clear(handle);
      send();
    },
    dispose() {
      if (handle !== null) timers.clear(handle);
      handle = null;
      pending = null;
    },
  };
}
