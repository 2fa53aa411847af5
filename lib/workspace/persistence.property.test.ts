import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAutosaver, restoreWorkspace, saveWorkspace, type KeyValueStorage, type SaveStatus } from './persistence';

/** localStorage that crashes on the n-th write: it throws, or keeps a truncated value and then throws. */
class CrashingStorage implements KeyValueStorage {
  data = new Map<string, string>();
  writes = 0;
  crashAt = -1;
  mode: 'throw' | 'truncate' = 'throw';
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.writes++ === this.crashAt) {
      if (this.mode === 'truncate') this.data.set(k, v.slice(0, Math.floor(v.length / 2)));
      throw Object.assign(new Error('crash'), { name: 'QuotaExceededError' });
    }
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const manualTimers = { set: () => 0, clear: () => {} };

describe('autosave survives a crash mid-write', () => {
  // The copy restored is never partial or older than the last successful save; it may be the newer text whose save
  // reported the crash, when the crash came after that copy was completely written (only the pointer swap failed).
  it('after any sequence of saves with a crash anywhere, restore gives the last completely saved text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 8 }), fc.nat({ max: 20 }), fc.constantFrom('throw' as const, 'truncate' as const), (texts, crashAt, mode) => {
        const s = new CrashingStorage();
        s.crashAt = crashAt;
        s.mode = mode;
        let last: string | null = null;
        let crashed: string | null = null;
        for (const t of texts) {
          // One write crashes; a successful save after it makes the crashed text irrelevant.
          if (saveWorkspace(s, t).ok) [last, crashed] = [t, null];
          else crashed = t;
        }
        expect([last, crashed]).toContain(restoreWorkspace(s));
      }),
      { numRuns: 300 },
    );
  });

  it('through the autosaver too: a failed save is reported and the previous copy stays readable', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 8 }), fc.nat({ max: 20 }), (texts, crashAt) => {
        const s = new CrashingStorage();
        s.crashAt = crashAt;
        s.mode = 'truncate';
        const statuses: SaveStatus[] = [];
        const saver = createAutosaver(s, (st) => statuses.push(st), 400, manualTimers, () => 1, 'tab');
        let last: string | null = null;
        let crashed: string | null = null;
        for (const t of texts) {
          saver.schedule(t);
          saver.flush();
          if (statuses.at(-1)?.state === 'saved') [last, crashed] = [t, null];
          else crashed = t;
        }
        expect([last, crashed]).toContain(restoreWorkspace(s));
        expect(statuses.filter((x) => x.state === 'error').length).toBe(texts.length - statuses.filter((x) => x.state === 'saved').length);
      }),
      { numRuns: 200 },
    );
  });
});
