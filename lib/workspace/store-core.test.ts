import { describe, expect, it } from 'vitest';
import { appendDocuments } from './append';
import { createStoreCore } from './store-core';

describe('store core', () => {
  it('appends through the appendDocuments it is given, and selects the first appended document', () => {
    const calls: string[] = [];
    const store = createStoreCore('kind: A\n', {
      appendDocuments: (current, addition) => {
        calls.push(addition);
        return appendDocuments(current, addition);
      },
    });
    expect(store.append('kind: B\n---\nkind: C\n', 'create')).toBe(1);
    expect(calls).toEqual(['kind: B\n---\nkind: C\n']);
    expect(store.getState().text).toBe('kind: A\n---\nkind: B\n---\nkind: C\n');
    expect(store.getState().selection).toEqual({ document: 1 });
  });
});
