import { describe, expect, it } from 'vitest';
import { filterByNamespace, namespacesOf, searchNodes, tracePaths } from './view-state';
import { exampleGraph, graphOf, nodeByLabel } from './testing/load';

const twoPaths = graphOf(`apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: a, namespace: team-a}
spec: {hosts: [a.example.com], location: MESH_EXTERNAL, resolution: STATIC, ports: [{number: 80, name: http, protocol: HTTP}], endpoints: [{address: 1.1.1.1}]}
---
apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: b, namespace: team-b}
spec: {hosts: [b.example.com], location: MESH_EXTERNAL, resolution: DNS, ports: [{number: 80, name: http, protocol: HTTP}]}
`);

describe('graph view state', () => {
  it('lists the namespaces of nodes and edge resources', () => {
    expect(namespacesOf(exampleGraph('04-egress-gateway-httpbin'))).toEqual(['egress', 'istio-system']);
  });

  it('filters to a namespace with the nodes its routes join', () => {
    const g = filterByNamespace(exampleGraph('04-egress-gateway-httpbin'), 'egress');
    expect(g.nodes.map((n) => n.label).sort()).toEqual(['httpbin.com', 'istio-egressgateway', 'sidecars']);
    expect(filterByNamespace(twoPaths, 'team-a').nodes.map((n) => n.label).sort()).toEqual(['1.1.1.1', 'a.example.com', 'sidecars']);
    expect(filterByNamespace(twoPaths, undefined)).toBe(twoPaths);
  });

  it('searches hosts case-insensitively; a blank query dims nothing', () => {
    expect([...searchNodes(twoPaths.nodes, ' B.EXAMPLE ')!]).toEqual(['host:b.example.com']);
    expect(searchNodes(twoPaths.nodes, '  ')).toBeUndefined();
  });

  it('traces every path to a host and nothing of the other paths', () => {
    const t = tracePaths(twoPaths, nodeByLabel(twoPaths, 'a.example.com').id);
    expect([...t.nodes].sort()).toEqual(['endpoint:team-a/a/0', 'host:a.example.com', 'mesh']);
    expect(t.edges.size).toBe(2);
    const viaGateway = exampleGraph('04-egress-gateway-httpbin');
    expect([...tracePaths(viaGateway, 'host:httpbin.com').nodes].sort()).toEqual(['gateway:istio-system/istio-egressgateway', 'host:httpbin.com', 'mesh']);
  });
});
