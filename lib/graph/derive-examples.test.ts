import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edgeLabels, edgesBetween, exampleGraph, FIXTURES, nodeByLabel } from './testing/load';

describe('deriveGraph over the seed examples', () => {
  it('01 external HTTPS: sidecars reach each host directly, the application TLS passing through', () => {
    const g = exampleGraph('01-external-https');
    expect(edgeLabels(g)).toEqual(['sidecars → api.dropboxapi.com', 'sidecars → api.facebook.com', 'sidecars → www.googleapis.com']);
    for (const e of g.edges) expect(e).toMatchObject({ port: 443, protocol: 'TLS', tls: 'PASSTHROUGH' });
    expect(nodeByLabel(g, 'api.facebook.com').type).toBe('external');
  });

  it('02 mongo cluster: the edge into the host carries the DestinationRule’s MUTUAL TLS', () => {
    const g = exampleGraph('02-mongo-cluster-mtls');
    expect(edgeLabels(g)).toEqual(['mymongodb.somedomain → 2.2.2.2', 'mymongodb.somedomain → 3.3.3.3', 'sidecars → mymongodb.somedomain']);
    const [edge] = edgesBetween(g, 'sidecars', 'mymongodb.somedomain');
    expect(edge).toMatchObject({ tls: 'MUTUAL', port: 27018, protocol: 'MONGO' });
    expect(edge!.details.DestinationRule).toBe('default/mtls-mongocluster');
    expect(nodeByLabel(g, 'mymongodb.somedomain').type).toBe('service');
  });

  it('03 SNI routing: sidecars go to the internal egress firewall, not to wikipedia directly', () => {
    const g = exampleGraph('03-sni-redirect-to-egress-firewall');
    expect(edgeLabels(g)).toEqual(['sidecars → internal-egress-firewall.ns1.svc.cluster.local']);
    const [edge] = g.edges;
    expect(edge).toMatchObject({ protocol: 'TLS', tls: 'PASSTHROUGH', match: 'sni wikipedia.org, *.wikipedia.org', resource: { kind: 'VirtualService', name: 'tls-routing' } });
    const firewall = nodeByLabel(g, 'internal-egress-firewall.ns1.svc.cluster.local');
    expect(firewall).toMatchObject({ type: 'service', namespace: 'ns1' });
    expect(firewall.details.registry).toMatch(/not in workspace/);
    expect(nodeByLabel(g, '*.wikipedia.org').details.routedBy).toBe('VirtualService default/tls-routing');
  });

  it('04 egress gateway: sidecars → egress gateway → httpbin.com, each hop from its own route', () => {
    const g = exampleGraph('04-egress-gateway-httpbin');
    expect(edgeLabels(g)).toEqual(['istio-egressgateway → httpbin.com', 'sidecars → istio-egressgateway']);
    const gw = nodeByLabel(g, 'istio-egressgateway');
    expect(gw).toMatchObject({ type: 'gateway', namespace: 'istio-system', resource: { kind: 'Gateway', document: 1 } });
    expect(gw.details.serviceHost).toBe('istio-egressgateway.istio-system.svc.cluster.local');
    expect(gw.diagnostics.warnings).toBe(0);
    expect(edgesBetween(g, 'sidecars', 'istio-egressgateway')[0]).toMatchObject({ port: 80, label: 'port 80', location: { document: 2, path: 'spec.http[0].route[0]' } });
    expect(edgesBetween(g, 'istio-egressgateway', 'httpbin.com')[0]!.location).toEqual({ document: 2, path: 'spec.http[1].route[0]' });
  });

  it('05 wildcard hosts: a wildcard host is one node, reached by default', () => {
    const g = exampleGraph('05-wildcard-hosts');
    expect(edgeLabels(g)).toEqual(['sidecars → *.bar.com']);
    expect(nodeByLabel(g, '*.bar.com').details.wildcard).toMatch(/^yes/);
  });

  it('06 unix domain socket: the socket is an endpoint of the host', () => {
    const g = exampleGraph('06-unix-domain-socket');
    expect(edgeLabels(g)).toEqual(['example.unix.local → unix:///var/run/example/socket', 'sidecars → example.unix.local']);
    expect(nodeByLabel(g, 'unix:///var/run/example/socket')).toMatchObject({ type: 'endpoint', details: { transport: 'unix domain socket' } });
  });

  it('07 DNS endpoints: each endpoint with its port mapping', () => {
    const g = exampleGraph('07-dns-endpoints');
    expect(edgeLabels(g)).toEqual(['foo.bar.com → in.foo.bar.com', 'foo.bar.com → uk.foo.bar.com', 'foo.bar.com → us.foo.bar.com', 'sidecars → foo.bar.com']);
    expect(edgesBetween(g, 'foo.bar.com', 'uk.foo.bar.com')[0]!.label).toBe('http→9080');
  });

  it('08 SPIFFE subject alt names: an internal host with its endpoints and SANs', () => {
    const g = exampleGraph('08-spiffe-subject-alt-names');
    expect(edgeLabels(g)).toEqual(['httpbin.com → 2.2.2.2', 'httpbin.com → 3.3.3.3', 'sidecars → httpbin.com']);
    expect(nodeByLabel(g, 'httpbin.com')).toMatchObject({ type: 'service', namespace: 'httpbin-ns' });
    expect(nodeByLabel(g, 'httpbin.com').details.subjectAltNames).toContain('spiffe://cluster.local/ns/httpbin-ns/sa/httpbin-service-account');
  });

  it('09 VM migration: details.bookinfo.com → both WorkloadEntries its selector picks', () => {
    const g = exampleGraph('09-vm-to-kubernetes-migration');
    expect(edgeLabels(g)).toEqual(['details.bookinfo.com → details-vm-1', 'details.bookinfo.com → details-vm-2', 'sidecars → details.bookinfo.com']);
    expect(nodeByLabel(g, 'details-vm-1')).toMatchObject({ type: 'workload', resource: { kind: 'WorkloadEntry', document: 0 } });
  });

  const names = readdirSync(join(FIXTURES, 'examples')).sort();
  it.each(names)('%s: v1alpha3 and v1beta1 give the same graph, with sorted ids', (name) => {
    const beta = exampleGraph(name);
    expect(exampleGraph(name, 'v1alpha3')).toEqual(beta);
    expect(beta.nodes.map((n) => n.id)).toEqual(beta.nodes.map((n) => n.id).sort());
    expect(beta.edges.map((e) => e.id)).toEqual(beta.edges.map((e) => e.id).sort());
    expect(beta.edges.length).toBeGreaterThan(0);
  });
});
