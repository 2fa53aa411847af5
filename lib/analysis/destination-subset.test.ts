import { describe, expect, it } from 'vitest';
import { analyze, codes, docs, res } from './test-kit';

const dr = (ns: string, extra = '') => res('DestinationRule', 'reviews', ns, `  host: reviews\n${extra}  subsets:\n  - {name: v1, labels: {version: v1}}\n  - {name: v2, labels: {version: v2}}\n`);
const vs = (subset: string, host = 'reviews') => res('VirtualService', 'reviews', 'shop', `  hosts: [reviews]
  http:
  - route:
    - destination: {host: ${host}, subset: ${subset}}
    mirror: {host: ${host}, subset: ${subset}}
`);

describe('destination subset (IST0101 host+subset / mirror+subset)', () => {
  it('accepts a subset the DestinationRule for the host declares, in any spelling of the host', () => {
    expect(codes(docs(dr('shop'), vs('v2')))).toEqual([]);
    expect(codes(docs(dr('shop'), vs('v2', 'reviews.shop.svc.cluster.local')))).toEqual([]);
  });

  it('reports an undeclared subset at the subset, for route and mirror, naming the DestinationRule', () => {
    const found = analyze(docs(dr('shop'), vs('bogus')));
    expect(found.map((d) => [d.code, d.istioCode, d.text])).toEqual([['XR004', 'IST0101', 'bogus'], ['XR004', 'IST0101', 'bogus']]);
    expect(found[0]!.message).toBe('Referenced host+subset in destinationrule not found: "reviews+bogus": DestinationRule shop/reviews (v1, v2) for host reviews does not define subset "bogus"');
    expect(found[1]!.message).toMatch(/^Referenced mirror\+subset in destinationrule not found: "reviews\+bogus"/);
  });

  it('reports a subset when no DestinationRule has the host', () => {
    expect(analyze(vs('v1'))[0]!.message).toBe('Referenced host+subset in destinationrule not found: "reviews+v1": no DestinationRule in the workspace has host reviews');
  });

  it('resolves a short host in each resource’s own namespace', () => {
    // the DestinationRule in `other` is for reviews.other, not reviews.shop
    expect(codes(docs(dr('other'), vs('v1')))).toEqual(['XR004', 'XR004']);
  });

  it('reports a DestinationRule that declares the subset but is not exported to the VirtualService (XR015)', () => {
    const hidden = res('DestinationRule', 'reviews', 'shop', '  host: reviews.other.svc.cluster.local\n  exportTo: [other]\n  subsets: [{name: v1, labels: {v: "1"}}]\n');
    const [d] = analyze(docs(hidden, vs('v1', 'reviews.other.svc.cluster.local')));
    expect(d).toMatchObject({ code: 'XR015', message: expect.stringContaining('DestinationRule shop/reviews defines subset "v1" but exports it to namespace other, not to namespace shop') });
  });

  it('accepts a wildcard DestinationRule host covering the destination', () => {
    const wild = res('DestinationRule', 'all', 'shop', '  host: "*.example.com"\n  subsets: [{name: eu, labels: {r: eu}}]\n');
    const se = res('ServiceEntry', 'api', 'shop', '  hosts: [api.example.com]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n  resolution: DNS\n');
    expect(codes(docs(wild, se, vs('eu', 'api.example.com')))).toEqual([]);
  });
});
