import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/diagnostic';
import { analyzeText } from '../validate';
import { parseWorkspace } from '../yaml/parse';
import { deriveGraph } from './derive';
import { UNMATCHED_GATEWAY_HOST } from './targets';
import { edgeLabels, edgesBetween, graphOf, nodeByLabel } from './testing/load';

const se = (name: string, host: string, extra = '') => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: ${name}, namespace: apps}
spec:
  hosts: [${host}]
  location: MESH_EXTERNAL
  resolution: DNS
  ports: [{number: 443, name: tls, protocol: TLS}, {number: 80, name: http, protocol: HTTP}]
${extra}`;

describe('deriveGraph routes', () => {
  it('binds routes with match.gateways only to those gateways, and labels them with the match', () => {
    const g = graphOf(`${se('api', 'api.example.com')}---
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: egress, namespace: apps}
spec:
  selector: {istio: egressgateway}
  servers: [{port: {number: 443, name: tls, protocol: TLS}, hosts: [api.example.com], tls: {mode: PASSTHROUGH}}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: apps}
spec:
  hosts: [api.example.com]
  gateways: [mesh, egress]
  tls:
  - match: [{gateways: [mesh], port: 443, sniHosts: [api.example.com]}]
    route: [{destination: {host: istio-egressgateway.istio-system.svc.cluster.local, subset: api, port: {number: 443}}}]
  - match: [{gateways: [egress], port: 443, sniHosts: [api.example.com]}]
    route: [{destination: {host: api.example.com, port: {number: 443}}, weight: 100}]
`);
    expect(edgeLabels(g)).toEqual(['egress → api.example.com', 'sidecars → egress']);
    expect(edgesBetween(g, 'sidecars', 'egress')[0]).toMatchObject({ label: 'port 443 · sni api.example.com · subset api', subset: 'api', port: 443, protocol: 'TLS' });
    expect(edgesBetween(g, 'egress', 'api.example.com')[0]).toMatchObject({ weight: 100, tls: 'PASSTHROUGH' });
    expect(nodeByLabel(g, 'egress').details.tls).toBe('PASSTHROUGH');
  });

  it('applies the DestinationRule per port and per subset, subset over top level, port over both', () => {
    const g = graphOf(`${se('api', 'api.example.com')}---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: api, namespace: apps}
spec:
  host: api.example.com
  trafficPolicy:
    loadBalancer: {simple: LEAST_REQUEST}
    portLevelSettings: [{port: {number: 80}, tls: {mode: SIMPLE}}]
  subsets:
  - name: v2
    labels: {version: v2}
    trafficPolicy: {tls: {mode: ISTIO_MUTUAL}}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: apps}
spec:
  hosts: [api.example.com]
  http:
  - route:
    - {destination: {host: api.example.com, port: {number: 80}}, weight: 90}
    - {destination: {host: api.example.com, port: {number: 8080}, subset: v2}, weight: 10}
`);
    const [a, b] = edgesBetween(g, 'sidecars', 'api.example.com').sort((x, y) => (x.weight ?? 0) - (y.weight ?? 0));
    expect(b).toMatchObject({ weight: 90, port: 80, tls: 'SIMPLE', label: '90%', details: { loadBalancer: 'LEAST_REQUEST' } });
    expect(a).toMatchObject({ weight: 10, subset: 'v2', tls: 'ISTIO_MUTUAL', label: 'subset v2 · 10%', details: { subset: 'v2 (version=v2)' } });
  });

  it('splits the sidecars by namespace when exportTo limits who sees a VirtualService', () => {
    const g = graphOf(`${se('api', 'api.example.com')}---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: apps}
spec:
  hosts: [api.example.com]
  exportTo: ['.', team-b]
  http: [{match: [{uri: {prefix: /v1}, headers: {x-env: {exact: prod}}}], route: [{destination: {host: api.example.com}}]}]
`);
    expect(edgeLabels(g)).toEqual(['sidecars (apps) → api.example.com', 'sidecars (team-b) → api.example.com']);
    expect(g.edges[0]!.label).toBe('uri prefix /v1 · header x-env=prod');
    expect(nodeByLabel(g, 'sidecars (apps)')).toMatchObject({ type: 'mesh', namespace: 'apps' });
  });

  it('shows a gateway service host no Gateway selects as its own gateway node with a warning', () => {
    const g = graphOf(`${se('api', 'api.example.com')}---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: apps}
spec:
  hosts: [api.example.com]
  http: [{route: [{destination: {host: istio-egressgateway.istio-system.svc.cluster.local}}]}]
`);
    const gw = nodeByLabel(g, 'istio-egressgateway.istio-system.svc.cluster.local');
    expect(gw).toMatchObject({ type: 'gateway', namespace: 'istio-system', diagnostics: { warnings: 1, codes: [UNMATCHED_GATEWAY_HOST] } });
    expect(edgeLabels(g)).toEqual(['sidecars → istio-egressgateway.istio-system.svc.cluster.local']);
  });

  it('resolves short names in the VirtualService namespace and routes a wildcard-covered host to the wildcard node', () => {
    const g = graphOf(`${se('wild', '"*.example.com"')}---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: r, namespace: apps}
spec:
  hosts: [reviews]
  http:
  - route: [{destination: {host: reviews}}]
    mirror: {host: api.example.com}
`);
    // The wildcard host keeps its default path (no VirtualService routes it) and receives the mirror.
    expect(edgeLabels(g)).toEqual(['sidecars → *.example.com', 'sidecars → *.example.com', 'sidecars → reviews.apps.svc.cluster.local']);
    expect(nodeByLabel(g, '*.example.com').details.alsoCovers).toBe('api.example.com');
    expect(g.edges.find((e) => e.label === 'mirror')?.location?.path).toBe('spec.http[0].mirror');
  });
});

describe('deriveGraph diagnostics', () => {
  const text = `${se('api', 'api.example.com', `  endpoints: [{address: 1.2.3.4}]\n`)}---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: apps}
spec:
  hosts: [api.example.com]
  http: [{route: [{destination: {host: api.example.com}}]}, {route: [{destination: {host: other.example.com}}]}]
`;
  const at = (document: number, kind: string, path: string, severity: Diagnostic['severity'], code: string): Diagnostic => ({
    severity, code, message: code, path, document, source: 'analysis', range: { line: 1, column: 1, endLine: 1, endColumn: 2 }, resource: { kind, namespace: 'apps', name: 'api' },
  });

  it('attaches each diagnostic to the part of the resource it concerns', () => {
    const workspace = parseWorkspace(text);
    const diagnostics = [at(0, 'ServiceEntry', 'spec.endpoints[0].address', 'error', 'SE1'), at(0, 'ServiceEntry', 'spec.hosts[0]', 'warning', 'SE2'), at(1, 'VirtualService', 'spec.http[1].route[0].destination.host', 'warning', 'XR1'), at(1, 'VirtualService', 'spec.hosts', 'info', 'VS9')];
    const g = deriveGraph(workspace.resources, diagnostics);
    expect(nodeByLabel(g, '1.2.3.4').diagnostics).toEqual({ errors: 1, warnings: 0, codes: ['SE1'] });
    expect(nodeByLabel(g, 'api.example.com').diagnostics).toEqual({ errors: 0, warnings: 1, codes: ['SE2'] });
    expect(edgesBetween(g, 'sidecars', 'other.example.com')[0]!.diagnostics).toEqual({ errors: 0, warnings: 1, codes: ['VS9', 'XR1'] });
    expect(edgesBetween(g, 'sidecars', 'api.example.com')[0]!.diagnostics).toEqual({ errors: 0, warnings: 0, codes: ['VS9'] });
  });

  it('takes analyzeText output: an invalid endpoint address marks that endpoint node only', () => {
    const { workspace, diagnostics } = analyzeText(text.replace('resolution: DNS', 'resolution: STATIC').replace('address: 1.2.3.4', 'address: "not an address!"'));
    const g = deriveGraph(workspace.resources, diagnostics);
    expect(diagnostics.some((d) => d.path === 'spec.endpoints[0].address' && d.severity === 'error')).toBe(true);
    expect(nodeByLabel(g, 'not an address!').diagnostics.errors).toBeGreaterThan(0);
    expect(nodeByLabel(g, 'api.example.com').diagnostics.errors).toBe(0);
  });
});
