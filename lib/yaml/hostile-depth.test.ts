import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isSeq, parseAllDocuments } from 'yaml';
import fc from 'fast-check';
import { findTooDeep, MAX_NESTING } from './depth';
import { parseWorkspace } from './parse';

const N = 200_000;
const deep: Record<string, string> = {
  'flow sequences': '['.repeat(N) + ']'.repeat(N),
  'unclosed flow sequences': '['.repeat(N),
  'flow maps': '{a: '.repeat(N) + '}'.repeat(N),
  'compact block sequences': '- '.repeat(N) + 'a',
  'block maps': Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
  'flow inside a block map': `spec:\n  hosts: ${'['.repeat(N)}`,
};

/** Exact nesting of collections in a composed node (test fixtures are shallow, so recursion is fine here). */
function exactDepth(node: unknown): number {
  if (isMap(node)) return 1 + Math.max(0, ...node.items.map((p) => (isPair(p) ? Math.max(exactDepth(p.key), exactDepth(p.value)) : 0)));
  if (isSeq(node)) return 1 + Math.max(0, ...node.items.map(exactDepth));
  return 0;
}

function fixtureTexts(): string[] {
  const root = new URL('../../fixtures/', import.meta.url);
  const out: string[] = [];
  for (const f of readdirSync(new URL('realworld/', root))) if (f.endsWith('.yaml')) out.push(readFileSync(new URL(`realworld/${f}`, root), 'utf8'));
  for (const d of readdirSync(new URL('examples/', root), { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const f of readdirSync(new URL(`examples/${d.name}/`, root))) if (f.endsWith('.yaml')) out.push(readFileSync(new URL(`examples/${d.name}/${f}`, root), 'utf8'));
  }
  return out;
}

describe('nesting guard', () => {
  for (const [name, text] of Object.entries(deep)) {
    it(`reports ${name} as YAML007 at the first too-deep point, in bounded time`, () => {
      const t0 = performance.now();
      const ws = parseWorkspace(text);
      expect(performance.now() - t0).toBeLessThan(2000);
      const d = ws.diagnostics.find((x) => x.code === 'YAML007');
      expect(d).toMatchObject({ severity: 'error', source: 'yaml', document: 0, message: `nesting deeper than ${MAX_NESTING} levels; the document is not read` });
      // The location is where the nesting passes the limit, not the start of the text.
      const at = findTooDeep(text)!;
      expect(at).toBeGreaterThanOrEqual(MAX_NESTING - 1);
      expect(ws.documents).toHaveLength(1);
      expect(ws.documents[0]!.empty).toBe(false);
      expect(ws.resources).toEqual([]);
    });
  }

  it('locates YAML007 on the line where the nesting gets too deep', () => {
    const ws = parseWorkspace(deep['block maps']!);
    expect(ws.diagnostics.find((x) => x.code === 'YAML007')!.range.line).toBe(MAX_NESTING + 1);
  });

  it('keeps the other documents of the workspace', () => {
    const se = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: a\nspec:\n  hosts: [a.com]\n';
    const ws = parseWorkspace(`${se}---\n${deep['flow sequences']!}\n---\n${se}`);
    expect(ws.resources.map((r) => r.document)).toEqual([0, 2]);
    expect(ws.diagnostics.map((d) => [d.code, d.document, d.range.line])).toEqual([['YAML007', 1, 8]]);
  });

  it('never underestimates: the estimate reaches the exact depth of every fixture, and none is flagged', () => {
    for (const text of fixtureTexts()) {
      const depth = Math.max(0, ...parseAllDocuments(text).map((d) => exactDepth(d.contents)));
      expect(findTooDeep(text)).toBeUndefined();
      if (depth > 0) expect(findTooDeep(text, depth - 1), text.slice(0, 200)).toBeDefined();
    }
  });

  it('never underestimates generated nesting, however it is written', () => {
    type Tree = { tag: 'map' | 'seq' | 'flow'; children: Tree[] } | { tag: 'leaf'; value: string };
    const leaf = fc.constantFrom('a', '"x: [y"', "'it''s {'", 'b # [[[', '|\n', 'z[w');
    const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf.map((value): Tree => ({ tag: 'leaf', value })),
        fc.record({ tag: fc.constantFrom('map' as const, 'seq' as const, 'flow' as const), children: fc.array(tie('tree'), { minLength: 1, maxLength: 3 }) }),
      ),
    }));
    const print = (t: Tree, indent: number, inFlow: boolean): string => {
      if (t.tag === 'leaf') return inFlow || t.value === '|\n' ? '"s"' : t.value;
      if (t.tag === 'flow' || inFlow) return `[${t.children.map((c) => print(c, 0, true)).join(', ')}]`;
      const pad = ' '.repeat(indent);
      return t.children
        .map((c, i) => {
          const head = t.tag === 'map' ? `k${i}:` : '-';
          const body = print(c, indent + 2, false);
          return c.tag === 'map' || c.tag === 'seq' ? `${pad}${head}\n${body}` : `${pad}${head} ${body.replace(/\n$/, '')}\n${c.tag === 'leaf' && c.value === '|\n' ? `${pad}  text [[[\n` : ''}`;
        })
        .join('');
    };
    fc.assert(
      fc.property(tree, (t) => {
        const text = t.tag === 'leaf' ? `v: ${print(t, 0, false)}\n` : print(t, 0, false);
        const docs = parseAllDocuments(text);
        if (docs.some((d) => d.errors.length > 0)) return;
        const depth = Math.max(...docs.map((d) => exactDepth(d.contents)));
        if (depth > 0) expect(findTooDeep(text, depth - 1), text).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});
