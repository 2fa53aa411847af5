/** Routes without a plain destination: delegation to another VirtualService, redirects, direct responses. */
import { describe, expect, it } from 'vitest';
import { edgeLabels, edgesBetween, graphOf, nodeByLabel } from './testing/load';

const se = (name: string, host: string) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: ${name}, namespace: apps}
spec:
  hosts: [${host}]
  location: MESH_EXTERNAL
  resolution: DNS
  ports: [{number: 80, name: http, protocol: HTTP}]
---
`;

const vs = (name: string, spec: string, ns = 'apps') => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${name}, namespace: ${ns}}
spec:
${spec}---
`;

describe('deriveGraph route actions', () => {
  it('draws a delegate VirtualService’s routes from its root’s sources, within the root’s match, and never on its own', () => {
    const g = graphOf(
      se('api', 'api.example.com') +
        se('v2', 'v2.example.com') +
        vs('root', '  hosts: [api.example.com]\n  http:\n  - match: [{uri: {prefix: /v2}}]\n    delegate: {name: api-v2, namespace: team}\n  - route: [{destination: {host: api.example.com}}]\n') +
        vs('api-v2', '  http:\n  - match: [{headers: {x-canary: {exact: "1"}}}]\n    route: [{destination: {host: v2.example.com}}]\n', 'team'),
    );
    const delegated = edgesBetween(g, 'sidecars', 'v2.example.com').filter((e) => e.resource?.kind === 'VirtualService');
    expect(delegated).toHaveLength(1);
    expect(delegated[0]).toMatchObject({
      resource: { kind: 'VirtualService', name: 'api-v2', namespace: 'team' },
      location: { path: 'spec.http[0].route[0]' },
      details: { delegatedFrom: 'VirtualService apps/root http[0]' },
    });
    expect(delegated[0]!.label).toMatch(/^uri prefix \/v2 · .*x-canary/);
    // No VirtualService bound to mesh names v2.example.com as a host, so its default path stays beside the delegated route.
    expect(edgeLabels(g).filter((l) => l === 'sidecars → v2.example.com')).toHaveLength(2);
    // Before delegation was understood, the delegate was drawn on its own from the sidecars with no root match.
    expect(g.edges.filter((e) => e.resource?.name === 'api-v2').map((e) => e.match)).toEqual([delegated[0]!.match]);
  });

  it('draws nothing for a delegate no root names, beyond its own routes as a root would', () => {
    const g = graphOf(se('v2', 'v2.example.com') + vs('lonely', '  hosts: [v2.example.com]\n  http:\n  - route: [{destination: {host: v2.example.com}}]\n'));
    expect(g.edges.filter((e) => e.resource?.name === 'lonely')).toHaveLength(1);
  });

  it('draws a redirect with an authority as an edge to that host, labelled with its code', () => {
    const g = graphOf(
      se('old', 'old.example.com') + se('new', 'new.example.com') +
        vs('move', '  hosts: [old.example.com]\n  http:\n  - redirect: {authority: new.example.com, uri: /home, redirectCode: 308}\n'),
    );
    const [edge] = edgesBetween(g, 'sidecars', 'new.example.com').filter((e) => e.resource?.name === 'move');
    expect(edge).toMatchObject({ label: 'redirect 308', protocol: 'HTTP', location: { path: 'spec.http[0].redirect' }, details: { redirect: '308 to new.example.com/home' } });
  });

  it('keeps a same-host redirect and a direct response as details of the host the VirtualService routes', () => {
    const g = graphOf(
      se('api', 'api.example.com') +
        vs('answer', '  hosts: [api.example.com]\n  http:\n  - match: [{uri: {exact: /old}}]\n    redirect: {uri: /new}\n  - directResponse: {status: 503}\n'),
    );
    expect(g.edges.filter((e) => e.resource?.name === 'answer')).toEqual([]);
    expect(nodeByLabel(g, 'api.example.com').details).toMatchObject({
      redirect: 'apps/answer http[0]: 301 to /new',
      directResponse: 'apps/answer http[1]: the proxy answers 503',
    });
  });
});

describe('DestinationRule exportTo', () => {
  const dr = (ns: string, exportTo: string, mode: string) => `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: api-${ns}, namespace: ${ns}}
spec:
  host: api.example.com
  exportTo: [${exportTo}]
  trafficPolicy: {tls: {mode: ${mode}}}
---
`;
  const route = vs('api', '  hosts: [api.example.com]\n  http:\n  - route: [{destination: {host: api.example.com, port: {number: 80}}}]\n');

  it('applies only rules exported to the route’s namespace', () => {
    const hidden = graphOf(se('api', 'api.example.com') + dr('other', '"."', 'SIMPLE') + route);
    expect(edgesBetween(hidden, 'sidecars', 'api.example.com').find((e) => e.resource?.kind === 'VirtualService')?.tls).toBeUndefined();
    const shared = graphOf(se('api', 'api.example.com') + dr('other', 'apps', 'SIMPLE') + route);
    expect(edgesBetween(shared, 'sidecars', 'api.example.com').find((e) => e.resource?.kind === 'VirtualService')?.tls).toBe('SIMPLE');
  });
});
