import { describe, expect, it } from 'vitest';
import { layoutGraph } from '@/lib/graph/layout';
import { exampleGraph } from '@/lib/graph/testing/load';
import { searchNodes, tracePaths } from '@/lib/graph/view-state';
import { toFlow } from './to-flow';

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
});
