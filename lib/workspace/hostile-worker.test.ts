import { describe, expect, it } from 'vitest';
import type { AnalyzeRequest } from './worker-protocol';
import { watchWorker, type WorkerLike } from './worker-watchdog';

function fakeTimers() {
  let now = 0;
  const queue: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  return {
    timers: {
      set: (fn: () => void, ms: number) => (queue.push({ at: now + ms, fn, id: ++ids }), ids),
      clear: (h: unknown) => {
        const i = queue.findIndex((q) => q.id === h);
        if (i >= 0) queue.splice(i, 1);
      },
    },
    advance(ms: number) {
      now += ms;
      for (let q = queue.find((x) => x.at <= now); q; q = queue.find((x) => x.at <= now)) {
        queue.splice(queue.indexOf(q), 1);
        q.fn();
      }
    },
  };
}

const req = (version: number): AnalyzeRequest => ({ type: 'analyze', version, text: `v${version}` });

describe('watchWorker', () => {
  it('replaces a worker stuck on an old version, and sends the newest text to the new one', () => {
    const workers: { sent: number[]; terminated: boolean }[] = [];
    const spawn = (): WorkerLike => {
      const w = { sent: [] as number[], terminated: false };
      workers.push(w);
      return { postMessage: (r) => w.sent.push(r.version), terminate: () => (w.terminated = true) };
    };
    const t = fakeTimers();
    const watched = watchWorker(spawn, 5000, t.timers);
    watched.post(req(1)); // a 20 MB paste: takes minutes
    t.advance(1000);
    watched.post(req(2)); // replaced by a small text
    t.advance(3999);
    expect(workers).toHaveLength(1);
    t.advance(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent).toEqual([2]);
    watched.answered(2);
    t.advance(60_000);
    expect(workers).toHaveLength(2);
  });

  it('leaves a worker alone while it keeps up, however long one analysis takes with nothing newer waiting', () => {
    let spawned = 0;
    const t = fakeTimers();
    const watched = watchWorker(() => (spawned++, { postMessage: () => {}, terminate: () => {} }), 5000, t.timers);
    watched.post(req(1));
    t.advance(30_000);
    watched.answered(1);
    for (let v = 2; v < 20; v++) {
      watched.post(req(v));
      t.advance(1000);
      watched.answered(v);
    }
    expect(spawned).toBe(1);
  });
});
