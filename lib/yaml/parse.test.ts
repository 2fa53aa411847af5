import { describe, expect, it } from 'vitest';
import { parseWorkspace } from './parse';

const se = `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext
  namespace: egress
spec:
  hosts: [example.com]
`;

describe('parseWorkspace', () => {
  it('collects Istio resources with their document index and namespace semantics', () => {
    const ws = parseWorkspace(`${se}---\napiVersion: networking.istio.io/v1beta1\nkind: Gateway\nmetadata:\n  name: gw\n`);
    expect(ws.diagnostics).toEqual([]);
    expect(ws.resources.map((r) => [r.kind, r.name, r.namespace, r.effectiveNamespace, r.document])).toEqual([
      ['ServiceEntry', 'ext', 'egress', 'egress', 0],
      ['Gateway', 'gw', undefined, 'default', 1],
    ]);
  });

  it('skips empty documents but keeps counting them', () => {
    const ws = parseWorkspace(`---\n---\n${se}---\n`);
    expect(ws.resources).toHaveLength(1);
    expect(ws.resources[0]!.document).toBe(1);
    expect(ws.diagnostics).toEqual([]);
  });

  it('reports a syntax error at its line and column', () => {
    const ws = parseWorkspace(`${se}---\nkind: ServiceEntry\nspec:\n  hosts: [a\n`);
    const d = ws.diagnostics.filter((x) => x.severity === 'error');
    expect(d.length).toBeGreaterThan(0);
    expect(d[0]).toMatchObject({ code: 'YAML001', document: 1, source: 'yaml' });
    expect(d[0]!.range.line).toBeGreaterThanOrEqual(11);
    expect(ws.resources).toHaveLength(1);
  });

  it('reports a duplicate key at the repeated key', () => {
    const ws = parseWorkspace('kind: ServiceEntry\nmetadata:\n  name: a\n  name: b\n');
    expect(ws.diagnostics).toMatchObject([{ code: 'YAML002', severity: 'error', range: { line: 4, column: 3 } }]);
  });

  it('reports a document that is not a mapping as an error', () => {
    const ws = parseWorkspace('- a\n- b\n');
    expect(ws.diagnostics).toMatchObject([{ code: 'YAML005', severity: 'error', range: { line: 1, column: 1 } }]);
  });

  it('keeps other kinds untouched and reports them as info', () => {
    const ws = parseWorkspace('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n');
    expect(ws.resources).toEqual([]);
    expect(ws.diagnostics).toMatchObject([{ code: 'YAML006', severity: 'info', message: expect.stringContaining('Deployment') }]);
  });

  it('does not treat a same-named kind of another API group as Istio', () => {
    const ws = parseWorkspace('apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: gw\n');
    expect(ws.resources).toEqual([]);
    expect(ws.diagnostics[0]!.code).toBe('YAML006');
  });

  it('expands a kind: List into its items with a base path', () => {
    const ws = parseWorkspace(`apiVersion: v1\nkind: List\nitems:\n- apiVersion: networking.istio.io/v1\n  kind: ServiceEntry\n  metadata: {name: a}\n- apiVersion: networking.istio.io/v1\n  kind: Gateway\n  metadata: {name: g}\n`);
    expect(ws.resources.map((r) => [r.kind, r.name, r.basePath])).toEqual([
      ['ServiceEntry', 'a', ['items', 0]],
      ['Gateway', 'g', ['items', 1]],
    ]);
    expect(ws.resources[1]!.range.line).toBe(7);
  });

  it('refuses to expand an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const ws = parseWorkspace(`kind: ServiceEntry\n${lines.join('\n')}\n`);
    expect(ws.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(ws.resources).toEqual([]);
  });

  it('never throws on arbitrary bytes', () => {
    for (const t of ['\u0000\u0001', ':', '? ? ?', '{', '"', '%YAML 9.9\n---\n', '&a *a', '!!binary x', '\uFFFD'.repeat(10)]) {
      expect(() => parseWorkspace(t)).not.toThrow();
    }
  });
});

describe('chunked parsing', () => {
  it('splits only at document markers, keeping a directive with its document', async () => {
    const { splitDocuments } = await import('./parse');
    expect(splitDocuments('a: 1\n---\nb: |\n  ---x\n---\n')).toEqual([0, 5, 21]);
    expect(splitDocuments('%YAML 1.2\n---\na: 1\n---\nb: 2\n')).toEqual([0, 19]);
    expect(splitDocuments('a: 1\n...\n%YAML 1.2\n---\nb: 2\n')).toEqual([0]);
    expect(splitDocuments('---\na: 1\n----\n--- # c\n')).toEqual([0, 14]);
  });

  it('gives the same documents and ranges as parsing the whole text at once', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { parseAllDocuments } = await import('yaml');
    const dir = 'fixtures/realworld';
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml'))) {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      const whole = parseAllDocuments(text);
      const docs = Array.isArray(whole) ? whole : [];
      const ws = parseWorkspace(text);
      expect(ws.documents.length, f).toBe(docs.length);
      ws.documents.forEach((d, i) => {
        expect(JSON.stringify(d.doc.toJS()), `${f} #${i}`).toBe(JSON.stringify(docs[i]!.toJS()));
        expect(d.offset + (d.doc.contents?.range[0] ?? 0), `${f} #${i}`).toBe(docs[i]!.contents?.range[0] ?? 0);
      });
    }
  });

  it('re-parses only the documents an edit touched', async () => {
    const { createParseCache } = await import('./parse');
    const cache = createParseCache();
    const text = 'kind: ServiceEntry\nmetadata: {name: a}\n---\nkind: ServiceEntry\nmetadata: {name: b}\n';
    const first = parseWorkspace(text, cache);
    const second = parseWorkspace(text.replace('name: b', 'name: bb'), cache);
    expect(second.documents[0]!.doc).toBe(first.documents[0]!.doc);
    expect(second.documents[1]!.doc).not.toBe(first.documents[1]!.doc);
    expect(second.resources.map((r) => r.name)).toEqual(['a', 'bb']);
    expect(cache.size).toBe(2);
  });
});
