import { describe, expect, it } from 'vitest';
import { analyze, codes, docs, res } from './test-kit';

const gw = (hosts: string) => res('Gateway', 'edge', 'istio-system', `  selector: {istio: ingressgateway}\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [${hosts}]\n`);
const vs = (hosts: string, ns = 'web') => res('VirtualService', 'site', ns, `  hosts: [${hosts}]\n  gateways: [istio-system/edge]\n  http:\n  - route: [{destination: {host: site}}]\n`);

describe('VirtualService hosts served by the bound Gateway (IST0132)', () => {
  it('accepts exact, wildcard and namespace-scoped server hosts', () => {
    expect(codes(docs(gw('a.example.com'), vs('a.example.com')))).toEqual([]);
    expect(codes(docs(gw('"*.example.com"'), vs('a.example.com')))).toEqual([]);
    expect(codes(docs(gw('"*"'), vs('anything.io')))).toEqual([]);
    expect(codes(docs(gw('"web/a.example.com"'), vs('a.example.com')))).toEqual([]);
    expect(codes(docs(gw('"*/*"'), vs('a.example.com')))).toEqual([]);
    expect(codes(docs(gw('"./a.example.com"'), vs('a.example.com', 'istio-system')))).toEqual([]);
  });

  it('reports hosts the Gateway does not offer to the VirtualService namespace, at the gateway reference', () => {
    const [d] = analyze(docs(gw('"./a.example.com", b.example.com'), vs('a.example.com')));
    expect(d).toMatchObject({
      code: 'XR007', severity: 'warning', istioCode: 'IST0132', text: 'istio-system/edge',
      message: 'one or more host [a.example.com] defined in VirtualService web/site not found in Gateway istio-system/edge. It serves b.example.com to namespace web.',
    });
  });

  it('reports a namespace-scoped host for another namespace', () => {
    expect(codes(docs(gw('"team/a.example.com"'), vs('a.example.com')))).toEqual(['XR007']);
  });

  it('does not double-report a missing Gateway', () => {
    expect(codes(vs('a.example.com'))).toEqual(['XR005']);
  });
});

describe('hosts of a gateway-only VirtualService that the Gateway does not serve (XR025)', () => {
  it('names the hosts left out, as info', () => {
    const [d] = analyze(docs(gw('a.example.com'), vs('a.example.com, b.example.com')));
    expect(d).toMatchObject({ code: 'XR025', severity: 'info', text: 'istio-system/edge',
      message: 'Host b.example.com of VirtualService web/site is not served by Gateway istio-system/edge: requests for it through that Gateway never reach these routes.' });
  });

  it('stays silent when the VirtualService is also bound to the mesh', () => {
    const both = vs('a.example.com, b').replace('gateways: [istio-system/edge]', 'gateways: [mesh, istio-system/edge]');
    expect(codes(docs(gw('a.example.com'), both))).toEqual([]);
  });
});
