import { describe, expect, test } from 'vitest';
import { createAutosaver, restoreWorkspace, saveWorkspace, type KeyValueStorage, type SaveStatus } from './persistence';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  failOn?: (key: string) => boolean;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failOn?.(k)) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

function manualTimers() {
  const queue: (() => void)[] = [];
  return {
    timers: { set: (fn: () => void) => (queue.push(fn), queue.length - 1), clear: (h: unknown) => (queue[h as number] = () => {}) },
    runAll: () => queue.splice(0).forEach((f) => f()),
  };
}

describe('persistence', () => {
  test('restores the last saved text', () => {
    const s = new MemoryStorage();
    saveWorkspace(s, 'one');
    saveWorkspace(s, 'two');
    expect(restoreWorkspace(s)).toBe('two');
  });

  test('a crash while writing the new copy keeps the previous one', () => {
    const s = new MemoryStorage();
    saveWorkspace(s, 'good');
    // The write of the new slot fails half-way (here: throws), so the pointer is never swapped.
    s.failOn = (k) => k !== 'entryway:workspace:current';
    expect(saveWorkspace(s, 'new').ok).toBe(false);
    expect(restoreWorkspace(s)).toBe('good');
  });

  test('a corrupt current copy falls back to the other slot', () => {
    const s = new MemoryStorage();
    saveWorkspace(s, 'older');
    saveWorkspace(s, 'newer');
    s.data.set(`entryway:workspace:${s.data.get('entryway:workspace:current')}`, '{"v":1,"te');
    expect(restoreWorkspace(s)).toBe('older');
  });

  test('nothing saved, or no storage: null', () => {
    expect(restoreWorkspace(new MemoryStorage())).toBeNull();
    expect(restoreWorkspace(null)).toBeNull();
  });

  test('autosave is debounced and reports storage full as an error status', () => {
    const s = new MemoryStorage();
    const { timers, runAll } = manualTimers();
    const statuses: SaveStatus[] = [];
    const a = createAutosaver(s, (st) => statuses.push(st), 400, timers, () => 42);
    a.schedule('a');
    a.schedule('ab');
    runAll();
    expect(restoreWorkspace(s)).toBe('ab');
    expect(statuses).toEqual([{ state: 'saved', savedAt: 42 }]);
    s.failOn = () => true;
    a.schedule('abc');
    a.flush();
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'browser storage is full: changes are not being saved' });
    expect(restoreWorkspace(s)).toBe('ab');
  });

  test('unavailable storage reports an error instead of throwing', () => {
    const statuses: SaveStatus[] = [];
    const a = createAutosaver(null, (st) => statuses.push(st));
    a.schedule('x');
    a.flush();
    expect(statuses[0]?.state).toBe('error');
  });
});
