import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISTIO_KINDS, type IstioResource } from '../core/resource';
import { deriveGraph } from './derive';
import type { EgressGraph } from './types';
import { FIXTURES, graphOf } from './testing/load';

/** Structural invariants every derived graph keeps. */
function expectWellFormed(g: EgressGraph) {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(ids.has(e.source), `${e.id} source`).toBe(true);
    expect(ids.has(e.target), `${e.id} target`).toBe(true);
  }
}

describe('deriveGraph robustness', () => {
  const files = readdirSync(join(FIXTURES, 'realworld')).filter((f) => f.endsWith('.yaml')).sort();

  it('reads the 200 real-world configurations without throwing, into well-formed deterministic graphs', () => {
    expect(files.length).toBeGreaterThanOrEqual(200);
    let edges = 0;
    for (const f of files) {
      const text = readFileSync(join(FIXTURES, 'realworld', f), 'utf8');
      const g = graphOf(text);
      expectWellFormed(g);
      expect(graphOf(text)).toEqual(g);
      edges += g.edges.length;
    }
    // Real configs route traffic: most files produce edges.
    expect(edges).toBeGreaterThan(files.length);
  });

  it('never throws on arbitrary specs of any kind', () => {
    const resource = fc.record({
      kind: fc.constantFrom(...ISTIO_KINDS),
      name: fc.string(),
      namespace: fc.option(fc.constantFrom('a', 'b', 'istio-system'), { nil: undefined }),
      spec: fc.anything(),
    });
    fc.assert(
      fc.property(fc.array(resource, { maxLength: 6 }), (rs) => {
        const resources: IstioResource[] = rs.map((r, i) => ({
          kind: r.kind, apiVersion: 'networking.istio.io/v1', document: i, name: r.name, ...(r.namespace ? { namespace: r.namespace } : {}),
          effectiveNamespace: r.namespace ?? 'default', metadata: {}, spec: r.spec, range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, basePath: [],
        }));
        expectWellFormed(deriveGraph(resources));
      }),
      { numRuns: 300 },
    );
  });

  it('survives specs of the wrong shape with the resource still on the graph', () => {
    const g = graphOf(`apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: odd}
spec: {hosts: "not-a-list", endpoints: [null, 3, {address: 7}], ports: {a: 1}}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: odd}
spec: {hosts: [x], gateways: [42], http: [null, {route: "x"}, {match: [null], route: [{destination: {host: ""}}]}], tcp: {}}
---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: gw}
spec: 12
`);
    expectWellFormed(g);
    expect(g.nodes.map((n) => n.id)).toContain('gateway:default/gw');
  });
});
