import { describe, expect, it } from 'vitest';
import { analyze, codes, docs, res } from './test-kit';

const vs = (name: string, ns: string, hosts: string, extra = '') => res('VirtualService', name, ns, `  hosts: [${hosts}]\n${extra}  http:\n  - route: [{destination: {host: ratings}}]\n`);

describe('several mesh-bound VirtualServices for one host (IST0109)', () => {
  it('reports both, at their host, naming both', () => {
    const found = analyze(docs(vs('a', 'foo', 'ratings'), vs('b', 'bar', 'ratings.foo.svc.cluster.local')));
    expect(found.map((d) => [d.code, d.istioCode, d.severity, d.resource, d.text])).toEqual([
      ['XR008', 'IST0109', 'error', 'VirtualService a', 'ratings'],
      ['XR008', 'IST0109', 'error', 'VirtualService b', 'ratings.foo.svc.cluster.local'],
    ]);
    expect(found[0]!.message).toBe('The VirtualServices bar/b,foo/a associated with mesh gateway define the same host */ratings.foo.svc.cluster.local which can lead to undefined behavior. This can be fixed by merging the conflicting VirtualServices into a single resource.');
  });

  it('ignores gateway-only VirtualServices and separate exportTo scopes', () => {
    const gatewayOnly = codes(docs(vs('a', 'foo', 'ratings'), vs('b', 'bar', 'ratings.foo.svc.cluster.local', '  gateways: [edge]\n')));
    expect(gatewayOnly).toEqual(['XR005']); // the missing Gateway, not a conflict
    expect(codes(docs(vs('a', 'foo', 'x.example.com', '  exportTo: ["."]\n'), vs('b', 'bar', 'x.example.com', '  exportTo: ["."]\n')))).toEqual([]);
  });

  it('takes VirtualServices exported everywhere into a namespace scope, wildcard-aware', () => {
    const found = codes(docs(vs('a', 'foo', '"*.productpage.d"', '  exportTo: ["."]\n'), vs('b', 'bar', '"*.d"')));
    expect(found).toEqual(['XR008', 'XR008']);
  });
});
