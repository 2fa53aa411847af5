import { describe, expect, test } from 'vitest';
import { createAnalysisScheduler, createWorkerHandler, type AnalyzeRequest, type AnalyzeResponse } from './worker-protocol';

function manualTimers() {
  let queue: { fn: () => void; live: boolean }[] = [];
  return {
    timers: {
      set: (fn: () => void) => {
        const t = { fn, live: true };
        queue.push(t);
        return t;
      },
      clear: (h: unknown) => {
        (h as { live: boolean }).live = false;
      },
    },
    runAll: () => {
      const q = queue;
      queue = [];
      for (const t of q) if (t.live) t.fn();
    },
  };
}

describe('analysis scheduler (main thread)', () => {
  test('a burst of changes sends one request, for the latest version', () => {
    const { timers, runAll } = manualTimers();
    const sent: AnalyzeRequest[] = [];
    const s = createAnalysisScheduler((r) => sent.push(r), 150, timers);
    s.schedule('a', 1);
    s.schedule('ab', 2);
    s.schedule('abc', 3);
    runAll();
    expect(sent).toEqual([{ type: 'analyze', text: 'abc', version: 3 }]);
  });
  test('flush sends immediately; dispose drops what is pending', () => {
    const { timers, runAll } = manualTimers();
    const sent: AnalyzeRequest[] = [];
    const s = createAnalysisScheduler((r) => sent.push(r), 150, timers);
    s.schedule('a', 1);
    s.flush();
    s.schedule('b', 2);
    s.dispose();
    runAll();
    expect(sent.map((r) => r.version)).toEqual([1]);
  });
});

describe('worker handler', () => {
  test('requests queued before it runs collapse to the newest; results carry their version', () => {
    const { timers, runAll } = manualTimers();
    const out: AnalyzeResponse[] = [];
    const handle = createWorkerHandler((r) => out.push(r), timers);
    handle({ type: 'analyze', text: 'kind: ServiceEntry\n', version: 4 });
    handle({ type: 'analyze', text: 'a: [\n', version: 5 });
    handle({ type: 'analyze', text: 'old', version: 3 });
    runAll();
    expect(out).toHaveLength(1);
    expect(out[0]!.result.version).toBe(5);
    expect(out[0]!.result.yamlBroken).toBe(true);
  });
  test('ignores messages that are not requests', () => {
    const { timers, runAll } = manualTimers();
    const out: AnalyzeResponse[] = [];
    const handle = createWorkerHandler((r) => out.push(r), timers);
    handle(null);
    handle({ type: 'analyze', text: 1 });
    runAll();
    expect(out).toEqual([]);
  });
});
