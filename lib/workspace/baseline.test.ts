import { describe, expect, it } from 'vitest';
import { createWorkspaceStore } from './store';

describe('store baseline (what the Changes diff compares against)', () => {
  it('starts as the opened text and does not follow edits', () => {
    const store = createWorkspaceStore('a: 1\n');
    store.setText('a: 2\n', 'editor');
    expect(store.getState().baseline).toEqual({ text: 'a: 1\n', origin: 'open' });
  });

  it('becomes the whole text after an import, but not after creating a resource', () => {
    const store = createWorkspaceStore('a: 1\n');
    store.append('b: 2\n', 'create');
    expect(store.getState().baseline.origin).toBe('open');
    store.append('c: 3\n', 'import');
    expect(store.getState().baseline).toEqual({ text: store.getState().text, origin: 'import' });
    expect(store.getState().text).toContain('c: 3');
  });

  it('can be set to an export and notifies subscribers', () => {
    const store = createWorkspaceStore('a: 1\n');
    let calls = 0;
    store.subscribe(() => calls++);
    store.setBaseline('exported\n', 'export');
    expect(store.getState().baseline).toEqual({ text: 'exported\n', origin: 'export' });
    expect(calls).toBe(1);
  });
});
