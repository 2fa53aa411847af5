import { describe, expect, test } from 'vitest';
import { analyzeForStudio } from './analysis';
import { createWorkspaceStore, type ApplyEdit } from './store';

const base = 'kind: ServiceEntry\napiVersion: networking.istio.io/v1\nmetadata:\n  name: a\nspec:\n  resolution: DNS\n';

// A minimal applyEdit for the store's contract: replaces the resolution value (the real one lives in lib/yaml/edit).
const setResolution: ApplyEdit = (text, edit) => {
  if (edit.op !== 'set') return { ok: false, message: 'unsupported' };
  const start = text.indexOf('DNS');
  return { ok: true, text: text.replace('DNS', String(edit.value)), changed: { start, end: start + 3, text: String(edit.value) } };
};

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('workspace store', () => {
  test('typing burst, form edit and undo/redo share one history', () => {
    const c = clock();
    const s = createWorkspaceStore(base, { now: c.now, applyEdit: setResolution });
    s.setText(base + '#', 'editor');
    c.advance(100);
    s.setText(base + '#x', 'editor');
    c.advance(100);
    expect(s.applyFormEdit({ op: 'set', document: 0, path: ['spec', 'resolution'], value: 'NONE' })).toEqual({ ok: true });
    expect(s.getState().origin).toBe('form');
    expect(s.getState().change).toEqual({ start: base.indexOf('DNS'), end: base.indexOf('DNS') + 3, text: 'NONE' });
    s.undo();
    expect(s.getState().text).toBe(base + '#x');
    expect(s.getState().origin).toBe('undo');
    s.undo();
    expect(s.getState().text).toBe(base);
    expect(s.getState().canUndo).toBe(false);
    s.redo();
    expect(s.getState().text).toBe(base + '#x');
    expect(s.getState().origin).toBe('redo');
  });

  test('setting the same text is not an undo step', () => {
    const s = createWorkspaceStore(base);
    s.setText(base, 'editor');
    expect(s.getState().canUndo).toBe(false);
    expect(s.getState().version).toBe(0);
  });

  test('stale analysis results are dropped; current ones accepted', () => {
    const s = createWorkspaceStore(base);
    s.setText(base + '# 1\n', 'editor');
    const stale = analyzeForStudio(base, 0);
    expect(s.acceptAnalysis(stale)).toBe(false);
    expect(s.getState().analysis).toBeNull();
    expect(s.acceptAnalysis(analyzeForStudio(s.getState().text, s.getState().version))).toBe(true);
    expect(s.getState().analysisCurrent).toBe(true);
    expect(s.getState().lastGood.map((r) => r.name)).toEqual(['a']);
  });

  test('a YAML syntax error keeps the last good resources and refuses form edits, losing no text', () => {
    const s = createWorkspaceStore(base, { applyEdit: setResolution });
    s.acceptAnalysis(analyzeForStudio(base, 0));
    const broken = base.replace('name: a', 'name: a: b');
    s.setText(broken, 'editor');
    s.acceptAnalysis(analyzeForStudio(broken, s.getState().version));
    expect(s.getState().analysis?.yamlBroken).toBe(true);
    expect(s.getState().lastGood.map((r) => r.name)).toEqual(['a']);
    const r = s.applyFormEdit({ op: 'set', document: 0, path: ['spec', 'resolution'], value: 'NONE' });
    expect(r.ok).toBe(false);
    expect(s.getState().text).toBe(broken);
  });

  test('append selects the first new document, asks for a reveal and is one undo step', () => {
    const s = createWorkspaceStore(base);
    const seq = s.getState().revealSeq;
    expect(s.append('kind: Gateway\n---\nkind: Gateway\n', 'import')).toBe(1);
    expect(s.getState().selection).toEqual({ document: 1 });
    expect(s.getState().revealSeq).toBe(seq + 1);
    s.undo();
    expect(s.getState().text).toBe(base);
  });

  test('notifies subscribers until they unsubscribe', () => {
    const s = createWorkspaceStore(base);
    let calls = 0;
    const off = s.subscribe(() => calls++);
    s.select({ document: 0 });
    off();
    s.select({ document: 0 });
    expect(calls).toBe(1);
  });

  test('without applyEdit, form edits are refused with a message', () => {
    const s = createWorkspaceStore(base);
    expect(s.applyFormEdit({ op: 'delete', document: 0, path: ['spec'] }).ok).toBe(false);
  });

  test('setText takes the change from the caller when it knows it (the editor), and diffs otherwise', () => {
    const s = createWorkspaceStore('abc');
    s.setText('abXc', 'editor', { start: 2, end: 2, text: 'X' });
    expect(s.getState().change).toEqual({ start: 2, end: 2, text: 'X' });
    s.setText('aXc', 'form');
    expect(s.getState().change).toEqual({ start: 1, end: 2, text: '' });
    expect(s.undo()).toBe(true);
    expect(s.getState().text).toBe('abXc');
  });
});
