/** Messages between the studio and its validation worker, and both ends' scheduling (latest wins). */
import { analyzeForStudio } from './analysis';
import type { AnalysisResult } from './types';

export interface AnalyzeRequest {
  type: 'analyze';
  version: number;
  text: string;
  /** The main thread lost track of the worker's answers: answer this one in full (see result-delta.ts). */
  full?: true;
}

export interface AnalyzeResponse {
  type: 'result';
  result: AnalysisResult;
}

export type Timers = {
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
};

const defaultTimers: Timers = {
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

/**
 * Worker side: requests queued while an analysis runs collapse to the latest one, so a burst of
 * keystrokes costs one analysis, not one per keystroke.
 */
export function createWorkerHandler(reply: (res: AnalyzeResponse) => void, timers: Timers = defaultTimers, analyze = analyzeForStudio) {
  let latest: AnalyzeRequest | null = null;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    const req = latest;
    latest = null;
    if (req) reply({ type: 'result', result: analyze(req.text, req.version) });
  };
  return (message: unknown) => {
    if (!isAnalyzeRequest(message)) return;
    if (!latest || message.version >= latest.version) latest = message;
    if (!scheduled) {
      scheduled = true;
      timers.set(run, 0);
    }
  };
}

function isAnalyzeRequest(m: unknown): m is AnalyzeRequest {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Partial<AnalyzeRequest>;
  return r.type === 'analyze' && typeof r.text === 'string' && typeof r.version === 'number';
}
