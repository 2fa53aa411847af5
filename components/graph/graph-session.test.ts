import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@/lib/core/diagnostic';
import type { IstioResource } from '@/lib/core/resource';
import { deriveGraph } from '@/lib/graph/derive';
import type { EgressGraph } from '@/lib/graph/types';
import { analyzeText } from '@/lib/validate';
import { applyListDelta, encodeListDelta } from '@/lib/workspace/list-delta';
import type { GraphResponse } from './graph-protocol';
import { createGraphSession } from './graph-session';

const se = (i: number, port = 443) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ext-${i}
spec:
  hosts: [api-${i}.example.com]
  ports:
  - {number: ${port}, name: https, protocol: TLS}
  resolution: DNS
  location: MESH_EXTERNAL
`;
const mesh = (port: number, count = 6) => Array.from({ length: count }, (_, i) => se(i, i === 3 ? port : 443)).join('---\n');

/** The view's side: what it sent, and its copy of the answers. */
function view() {
  const session = createGraphSession();
  let sent: { r: IstioResource[]; d: Diagnostic[] } | null = null;
  let held: EgressGraph | null = null;
  let id = 0;
  return async (text: string) => {
    const { workspace, diagnostics } = analyzeText(text);
    session.receive(structuredClone({ id: ++id, full: sent === null, resources: encodeListDelta(sent?.r ?? null, workspace.resources), diagnostics: encodeListDelta(sent?.d ?? null, diagnostics) }));
    sent = { r: workspace.resources, d: diagnostics };
    const res = structuredClone(await session.answer(id)) as Extract<GraphResponse, { ok: true }>;
    const base = res.full ? null : held;
    const graph = { nodes: applyListDelta(base?.nodes ?? null, res.nodes)!, edges: applyListDelta(base?.edges ?? null, res.edges)! };
    const previous = held;
    held = graph;
    return { res, graph, previous, expected: deriveGraph(workspace.resources, diagnostics) };
  };
}

describe('graph session', () => {
  it('answers with the graph of what it received, relayout only when the shape changes, changed nodes only', async () => {
    const next = view();
    const a = await next(mesh(443));
    expect(a.res.full).toBe(true);
    expect(a.graph).toEqual(a.expected);
    expect(a.res.positions).not.toBeNull();

    const b = await next(mesh(8443));
    expect(b.graph).toEqual(b.expected);
    expect(b.res.positions).toBeNull();
    const kept = b.graph.edges.filter((e) => b.previous!.edges.includes(e)).length;
    expect(kept).toBe(b.graph.edges.length - b.res.edges.items.length);
    expect(b.res.edges.items.length).toBeGreaterThan(0);
    expect(b.res.edges.items.length).toBeLessThan(b.graph.edges.length);

    const c = await next(mesh(8443, 7));
    expect(c.graph).toEqual(c.expected);
    expect(Object.keys(c.res.positions ?? {})).toHaveLength(c.graph.nodes.length);
  });

  it('fails, without throwing, on a request that does not fit, until a full one', async () => {
    const session = createGraphSession();
    session.receive({ id: 1, full: false, resources: { base: 3, ops: [0, 3], items: [] }, diagnostics: { base: 0, ops: [], items: [] } });
    const res = await session.answer(1);
    expect(res.ok).toBe(false);
    session.receive({ id: 2, full: true, resources: { base: 0, ops: [], items: [] }, diagnostics: { base: 0, ops: [], items: [] } });
    expect((await session.answer(2)).ok).toBe(true);
  });
});
