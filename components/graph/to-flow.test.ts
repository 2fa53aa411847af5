import { describe, expect, it } from 'vitest';
import { layoutGraph } from '@/lib/graph/layout';
import { exampleGraph } from '@/lib/graph/testing/load';
import { searchNodes, tracePaths } from '@/lib/graph/view-state';
import { createFlowCache, toFlow } from './to-flow';

describe('toFlow', () => {
  it('gives every node its laid-out position and an accessible name containing its label', async () => {
    const g = exampleGraph('04-egress-gateway-httpbin');
    const pos = await layoutGraph(g);
    const { nodes, edges } = toFlow(g, pos, {});
    expect(nodes.map((n) => n.ariaLabel)).toEqual(['Gateway istio-egressgateway in istio-system', 'External service httpbin.com in egress', 'Sidecars sidecars']);
    for (const n of nodes) expect(n.position).toEqual({ x: pos[n.id]!.x, y: pos[n.id]!.y });
    expect(edges.map((e) => e.ariaLabel)).toEqual(['Route from sidecars to istio-egressgateway: port 80', 'Route from istio-egressgateway to httpbin.com: port 80']);
    expect(nodes.every((n) => !n.data.dimmed && !n.data.highlighted)).toBe(true);
  });

  it('dims what a trace or a search leaves out, and marks the selected document', async () => {
    const g = exampleGraph('09-vm-to-kubernetes-migration');
    const pos = await layoutGraph(g);
    const traced = toFlow(g, pos, { trace: tracePaths(g, 'workload:default/details-vm-1'), selectedDocument: 1 });
    const dimmed = traced.nodes.filter((n) => n.data.dimmed).map((n) => n.id);
    expect(dimmed).toEqual(['workload:default/details-vm-2']);
    expect(traced.nodes.filter((n) => n.data.current).map((n) => n.id)).toEqual(['workload:default/details-vm-2']);
    const searched = toFlow(g, pos, { search: searchNodes(g.nodes, 'vm-2') });
    expect(searched.nodes.filter((n) => !n.data.dimmed).map((n) => n.id)).toEqual(['workload:default/details-vm-2']);
    expect(searched.edges.filter((e) => !e.data!.dimmed).map((e) => e.target)).toEqual(['workload:default/details-vm-2']);
  });

  it('gives back the same elements for unchanged nodes and edges, new ones for what changed', async () => {
    const g = exampleGraph('09-vm-to-kubernetes-migration');
    const pos = await layoutGraph(g);
    const cache = createFlowCache();
    const first = toFlow(g, pos, {}, cache);
    const again = toFlow(g, pos, {}, cache);
    expect(again.nodes).toBe(first.nodes);
    expect(again.edges).toBe(first.edges);
    const moved = { ...pos, [g.nodes[0]!.id]: { ...pos[g.nodes[0]!.id]!, y: pos[g.nodes[0]!.id]!.y + 10 } };
    const selected = toFlow(g, moved, { selectedDocument: 1 }, cache);
    expect(selected.nodes[0]).not.toBe(first.nodes[0]);
    expect(selected.nodes[0]!.position.y).toBe(first.nodes[0]!.position.y + 10);
    const current = selected.nodes.filter((n) => n.data.current);
    expect(current.length).toBeGreaterThan(0);
    for (const n of current) expect(first.nodes).not.toContain(n);
    expect(selected.nodes.filter((n, i) => i > 0 && !n.data.current).every((n) => first.nodes.includes(n))).toBe(true);
    expect(toFlow(g, pos, {}, cache)).toEqual(toFlow(g, pos, {}));
  });
});
