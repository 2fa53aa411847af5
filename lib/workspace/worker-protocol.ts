/** Messages between the studio and its validation worker, and both ends' scheduling (latest wins). */
import { analyzeForStudio } from './analysis';
import { defaultTimers, type AnalyzeRequest, type Timers } from './analysis-scheduler';
import type { AnalysisResult } from './types';

export { createAnalysisScheduler, type AnalysisScheduler, type AnalyzeRequest, type Timers } from './analysis-scheduler';

export interface AnalyzeResponse {
  type: 'result';
  result: AnalysisResult;
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
