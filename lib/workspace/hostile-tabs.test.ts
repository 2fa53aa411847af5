import { describe, expect, it } from 'vitest';
import { createAutosaver, isWorkspaceKey, restoreWorkspace, saveWorkspace, type KeyValueStorage, type SaveStatus } from './persistence';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

const timers = { set: () => 0, clear: () => {} };

function tab(storage: KeyValueStorage, id: string) {
  const statuses: SaveStatus[] = [];
  const saver = createAutosaver(storage, (s) => statuses.push(s), 400, timers, () => 7, id);
  const save = (text: string) => {
    saver.schedule(text);
    saver.flush();
    return statuses.at(-1);
  };
  return { saver, statuses, save };
}

describe('two tabs on one workspace', () => {
  it('the second writer gets a conflict instead of silently overwriting the first', () => {
    const s = new MemoryStorage();
    saveWorkspace(s, 'start');
    const a = tab(s, 'A');
    const b = tab(s, 'B');
    expect(a.save('from A')).toEqual({ state: 'saved', savedAt: 7 });
    expect(b.save('from B')).toEqual({ state: 'conflict', savedAt: 7 });
    expect(restoreWorkspace(s)).toBe('from A');
    // Still held while the user decides: later edits do not write either.
    expect(b.save('from B, more')).toEqual({ state: 'conflict', savedAt: 7 });
    expect(restoreWorkspace(s)).toBe('from A');
  });

  it('"keep mine" overwrites, and then the other tab is the one told', () => {
    const s = new MemoryStorage();
    const a = tab(s, 'A');
    const b = tab(s, 'B');
    a.save('A1');
    b.save('B1');
    b.saver.keepMine('B1');
    expect(restoreWorkspace(s)).toBe('B1');
    expect(a.save('A2')).toMatchObject({ state: 'conflict' });
    expect(restoreWorkspace(s)).toBe('B1');
  });

  it('"take theirs" returns the other text, drops the held one, and saving resumes', () => {
    const s = new MemoryStorage();
    const a = tab(s, 'A');
    const b = tab(s, 'B');
    a.save('A1');
    b.save('B1');
    expect(b.saver.takeTheirs()).toBe('A1');
    expect(b.save('B2 on top of A1')).toMatchObject({ state: 'saved' });
    expect(restoreWorkspace(s)).toBe('B2 on top of A1');
  });

  it('a storage event from the other tab is reported at once, before this tab types anything', () => {
    const s = new MemoryStorage();
    const a = tab(s, 'A');
    const b = tab(s, 'B');
    b.saver.checkExternal();
    expect(b.statuses).toEqual([]);
    a.save('A1');
    b.saver.checkExternal();
    expect(b.statuses).toEqual([{ state: 'conflict', savedAt: 7 }]);
    expect(isWorkspaceKey('entryway:workspace:current')).toBe(true);
    expect(isWorkspaceKey('other-app')).toBe(false);
  });

  it('one tab saving again and again never conflicts with itself, and copies from older versions (no revision) are fine', () => {
    const s = new MemoryStorage();
    s.setItem('entryway:workspace:a', JSON.stringify({ v: 1, text: 'old format', savedAt: 1 }));
    s.setItem('entryway:workspace:current', 'a');
    const a = tab(s, 'A');
    for (const t of ['1', '2', '3']) expect(a.save(t)).toMatchObject({ state: 'saved' });
    expect(restoreWorkspace(s)).toBe('3');
  });
});
