import { describe, expect, it } from 'vitest';
import { listExamples } from '../examples';
import { exportWorkspace } from './index';
import { namespaceProblem, setNamespaceForAll } from './namespace';
import { commentsOf, dataOf, realWorld } from './test-kit';

type Obj = { kind?: string; metadata?: { namespace?: string }; items?: Obj[] };

/** What setting the namespace must do to the data: metadata.namespace on every namespaced object, nothing else. */
function expected(data: unknown[], ns: string): unknown[] {
  const set = (o: Obj): Obj => (o.kind === 'Namespace' ? o : { ...o, metadata: { ...o.metadata, namespace: ns } });
  return (data as Obj[]).map((d) => (d.kind === 'List' ? { ...d, items: d.items?.map(set) } : typeof d.kind === 'string' ? set(d) : d));
}

describe('setNamespaceForAll', () => {
  it('adds or replaces metadata.namespace, keeping comments and key order', () => {
    const src = '# top\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # the name\n  labels: {a: b}\ndata: {}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: egress\n---\nkind: ServiceEntry\nmetadata: {name: x, namespace: old}\n';
    const r = setNamespaceForAll(src, 'egress');
    expect(r.ok && r.text).toBe(
      '# top\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # the name\n  labels: {a: b}\n  namespace: egress\ndata: {}\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: egress\n---\nkind: ServiceEntry\nmetadata: {name: x, namespace: egress}\n',
    );
  });

  it('quotes a namespace that YAML would otherwise read as a number', () => {
    const r = setNamespaceForAll('kind: ServiceEntry\nmetadata:\n  name: x\n', '123');
    expect(r.ok && dataOf(r.text)).toEqual([{ kind: 'ServiceEntry', metadata: { name: 'x', namespace: '123' } }]);
  });

  it('rejects a name Kubernetes would reject', () => {
    for (const bad of ['', 'Egress', 'a_b', '-a', 'a.b', 'x'.repeat(64)]) expect(namespaceProblem(bad), bad).toBeDefined();
    expect(setNamespaceForAll('kind: A\n', 'No!')).toMatchObject({ ok: false });
    expect(namespaceProblem('egress-1')).toBeUndefined();
  });

  it.each(realWorld())('sets the namespace on every object of %s and changes nothing else', (_f, text) => {
    const r = setNamespaceForAll(text, 'team-a');
    if (!r.ok) throw new Error(r.message);
    expect(dataOf(r.text)).toEqual(expected(dataOf(text), 'team-a'));
    for (const c of commentsOf(text)) expect(r.text).toContain(c);
  });

  it('is applied by exportWorkspace without touching the scope or the source', () => {
    const seed = listExamples()[0]!.texts.v1alpha3;
    const out = exportWorkspace(seed, { apiVersion: 'v1', namespace: 'mesh' });
    expect(dataOf(out.text)).toEqual(expected(dataOf(exportWorkspace(seed, { apiVersion: 'v1' }).text), 'mesh'));
    const bad = exportWorkspace(seed, { apiVersion: 'v1', namespace: 'Bad' });
    expect(bad.diagnostics.some((d) => d.code === 'EXP003' && d.severity === 'error')).toBe(true);
  });
});
