import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding';
import { ISTIO_KINDS, type IstioKind, type IstioResource } from '../core/resource';
import { validateText } from '../validate';
import { checkRules } from './index';
import type { ConformanceCase } from './conformance';

const resourceOf = (kind: IstioKind, spec: unknown, metadata: Record<string, unknown> = { name: 'foo' }): IstioResource => ({
  kind,
  apiVersion: 'networking.istio.io/v1',
  document: 0,
  name: typeof metadata.name === 'string' ? metadata.name : '',
  effectiveNamespace: 'default',
  metadata,
  spec,
  range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
  basePath: [],
});

const run = (r: IstioResource) => {
  const out: Finding[] = [];
  checkRules(r, (f) => out.push(f));
  return out;
};

const corpus = JSON.parse(readFileSync(new URL('../../fixtures/conformance/istio-validation.json', import.meta.url), 'utf8')) as ConformanceCase[];
const specsByKind = new Map<IstioKind, unknown[]>();
for (const c of corpus) {
  if (c.yaml.length > 50_000) continue;
  const doc = parse(c.yaml) as { kind: IstioKind; spec?: unknown };
  specsByKind.set(doc.kind, [...(specsByKind.get(doc.kind) ?? []), doc.spec]);
}

/** Replace the node at a random position of `value` with `replacement`. */
function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  let n = pick;
  const walk = (v: unknown): unknown => {
    if (n-- === 0) return replacement;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}

describe('checkRules', () => {
  it('dispatches by kind and runs the metadata checks for every kind', () => {
    for (const kind of ISTIO_KINDS) {
      const codes = run(resourceOf(kind, {}, { name: 'foo', annotations: { 'internal.istio.io/webhook-always-reject': '' } })).map((f) => f.code);
      expect(codes).toContain('COMMON002');
    }
    expect(run(resourceOf('ServiceEntry', {})).map((f) => f.code)).toContain('SE010');
    expect(run(resourceOf('Gateway', {})).map((f) => f.code)).toContain('GW002');
  });

  it('never throws on arbitrary data in spec and metadata', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ISTIO_KINDS), fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()), (kind, spec, metadata) => {
        run(resourceOf(kind, spec, metadata));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when any node of a real spec is replaced by a value of another type', () => {
    const kinds = [...specsByKind.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.nat(), fc.nat(60), fc.jsonValue({ maxDepth: 2 }), (kind, which, pick, replacement) => {
        const specs = specsByKind.get(kind)!;
        const findings = run(resourceOf(kind, mutate(specs[which % specs.length], pick, replacement)));
        for (const f of findings) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('locates every rule finding of the corpus inside the text', () => {
    for (const c of corpus.filter((x) => ['ServiceEntry', 'WorkloadEntry', 'Gateway'].includes(x.kind))) {
      const lines = c.yaml.split('\n').length;
      for (const d of validateText(c.yaml).diagnostics.filter((x) => x.source === 'rule')) {
        expect(d.range.line, `${c.id} ${d.code}`).toBeGreaterThanOrEqual(1);
        expect(d.range.endLine, `${c.id} ${d.code}`).toBeLessThanOrEqual(lines);
        expect(d.path.startsWith('spec') || d.path.startsWith('metadata'), `${c.id} ${d.code} ${d.path}`).toBe(true);
      }
    }
  });
});
