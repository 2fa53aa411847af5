import { describe, expect, it } from 'vitest';
import { createAutosaver, PART_CHARS, restoreWorkspace, saveWorkspace, type KeyValueStorage, type SaveStatus } from './persistence';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  writes: string[] = [];
  failOn?: (key: string) => boolean;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failOn?.(k)) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.writes.push(k);
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

/** Timers run one at a time, like the browser's task queue. */
function taskQueue() {
  let queue: { fn: () => void; live: boolean }[] = [];
  return {
    timers: {
      set: (fn: () => void) => {
        const t = { fn, live: true };
        queue.push(t);
        return t;
      },
      clear: (h: unknown) => void ((h as { live: boolean }).live = false),
    },
    /** Run the next live task; false when there is none. */
    next() {
      queue = queue.filter((t) => t.live);
      const t = queue.shift();
      t?.fn();
      return t !== undefined;
    },
  };
}

const big = (tag: string) => `${tag}\n${'x: 1\n'.repeat(Math.ceil((2.5 * PART_CHARS) / 5))}`;

describe('autosave of a large text, one part per task', () => {
  it('writes at most one part per task, and restore gives the old text until the pointer moves', () => {
    const s = new MemoryStorage();
    saveWorkspace(s, 'old');
    const q = taskQueue();
    const statuses: SaveStatus[] = [];
    const saver = createAutosaver(s, (st) => statuses.push(st), 400, q.timers, () => 5, 'T');
    saver.schedule(big('new'));
    let tasks = 0;
    while (q.next()) {
      tasks++;
      const parts = s.writes.filter((k) => /:\d+$/.test(k));
      expect(parts.length).toBeLessThanOrEqual(tasks);
      if (statuses.length === 0) expect(restoreWorkspace(s)).toBe('old');
    }
    expect(tasks).toBeGreaterThanOrEqual(4);
    expect(statuses).toEqual([{ state: 'saved', savedAt: 5 }]);
    expect(restoreWorkspace(s)).toBe(big('new'));
  });

  it('flush (page hide) finishes a save under way at once', () => {
    const s = new MemoryStorage();
    const q = taskQueue();
    const saver = createAutosaver(s, () => {}, 400, q.timers, () => 5, 'T');
    saver.schedule(big('a'));
    q.next();
    q.next();
    saver.schedule('later');
    saver.flush();
    expect(restoreWorkspace(s)).toBe('later');
  });

  it('another tab saving while the parts are written: conflict, and its copy is kept', () => {
    const s = new MemoryStorage();
    const q = taskQueue();
    const statuses: SaveStatus[] = [];
    const mine = createAutosaver(s, (st) => statuses.push(st), 400, q.timers, () => 5, 'A');
    mine.schedule(big('mine'));
    q.next();
    q.next();
    const other = createAutosaver(s, () => {}, 400, { set: () => 0, clear: () => {} }, () => 9, 'B');
    other.schedule('theirs');
    other.flush();
    while (q.next());
    expect(statuses.at(-1)).toEqual({ state: 'conflict', savedAt: 9 });
    expect(restoreWorkspace(s)).toBe('theirs');
  });

  it('a crash between parts keeps the previous copy; a shorter copy later drops the longer one’s parts', () => {
    const s = new MemoryStorage();
    saveWorkspace(s, big('first'));
    s.failOn = (k) => k.endsWith(':1');
    expect(saveWorkspace(s, big('second')).ok).toBe(false);
    expect(restoreWorkspace(s)).toBe(big('first'));
    s.failOn = undefined;
    saveWorkspace(s, big('third'));
    saveWorkspace(s, 'short');
    saveWorkspace(s, 'shorter');
    expect(restoreWorkspace(s)).toBe('shorter');
    expect([...s.data.keys()].filter((k) => /:\d+$/.test(k)).sort()).toEqual(['entryway:workspace:a:0', 'entryway:workspace:b:0']);
  });

  it('a slot whose parts were mixed (two tabs writing it at once) fails its hash and the other copy is restored', () => {
    const s = new MemoryStorage();
    saveWorkspace(s, big('one'));
    saveWorkspace(s, big('two'));
    const current = s.getItem('entryway:workspace:current');
    const part = `entryway:workspace:${current}:1`;
    s.data.set(part, s.data.get(part)!.replace('x: 1', 'x: 2'));
    expect(restoreWorkspace(s)).toBe(big('one'));
  });
});
