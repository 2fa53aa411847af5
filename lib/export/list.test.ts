import { describe, expect, it } from 'vitest';
import { listExamples } from '../examples';
import { exportWorkspace } from './index';
import { toKubernetesList } from './list';
import { commentsOf, dataOf, realWorld } from './test-kit';

type Obj = { kind?: string; items?: unknown[] };
const flatten = (docs: unknown[]) => docs.flatMap((d) => ((d as Obj).kind === 'List' ? ((d as Obj).items ?? []) : [d]));

describe('toKubernetesList', () => {
  it('wraps documents in an apiVersion v1 List, comments and key order kept', () => {
    const src = '# first\nkind: ServiceEntry # k\nmetadata: {name: a}\n---\n# second\nmetadata:\n  name: b\nkind: Gateway\n';
    const r = toKubernetesList(src);
    expect(r).toEqual({
      ok: true,
      items: 2,
      text: 'apiVersion: v1\nkind: List\nitems:\n  # first\n  - kind: ServiceEntry # k\n    metadata: { name: a }\n  # second\n  - metadata:\n      name: b\n    kind: Gateway\n',
    });
  });

  it('flattens a nested List and keeps the comments of empty documents', () => {
    const r = toKubernetesList('# lonely\n---\napiVersion: v1\nkind: List\nitems:\n- {kind: A}\n- {kind: B}\n---\nkind: C\n');
    expect(r.ok && dataOf(r.text)).toEqual([{ apiVersion: 'v1', kind: 'List', items: [{ kind: 'A' }, { kind: 'B' }, { kind: 'C' }] }]);
    expect(r.ok && r.text).toContain('# lonely');
  });

  it('gives an empty List for an empty export, and refuses broken YAML', () => {
    expect(toKubernetesList('')).toMatchObject({ ok: true, items: 0, text: 'apiVersion: v1\nkind: List\nitems: []\n' });
    expect(toKubernetesList('kind: [\n')).toMatchObject({ ok: false });
  });

  it.each(listExamples().map((s) => [s.id, s] as const))('holds the data and comments of seed %s', (_id, seed) => {
    const yaml = exportWorkspace(seed.texts.v1alpha3, { apiVersion: 'v1beta1' }).text;
    const r = toKubernetesList(yaml);
    if (!r.ok) throw new Error(r.message);
    expect(dataOf(r.text)).toEqual([{ apiVersion: 'v1', kind: 'List', items: dataOf(seed.texts.v1beta1) }]);
    for (const c of commentsOf(yaml)) expect(r.text).toContain(c);
  });

  it.each(realWorld())('holds the data of %s', (_f, text) => {
    const r = toKubernetesList(text);
    if (!r.ok) throw new Error(r.message);
    expect(dataOf(r.text)).toEqual([{ apiVersion: 'v1', kind: 'List', items: flatten(dataOf(text)) }]);
  });
});
