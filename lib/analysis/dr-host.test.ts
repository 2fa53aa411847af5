import { describe, expect, it } from 'vitest';
import { analyze, codes, docs, res } from './test-kit';

const dr = (host: string) => res('DestinationRule', 'api', 'web', `  host: ${host}\n  trafficPolicy: {loadBalancer: {simple: ROUND_ROBIN}}\n`);
const se = res('ServiceEntry', 'api', 'web', '  hosts: [api.example.com, "*.wiki.org"]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n  resolution: NONE\n');

describe('DestinationRule host (IST0174)', () => {
  it('accepts ServiceEntry hosts (wildcards either way) and Kubernetes service names', () => {
    for (const host of ['api.example.com', 'en.wiki.org', '"*.example.com"', 'reviews', 'reviews.prod', 'reviews.prod.svc.cluster.local', '"*.local"', '"*"']) {
      expect(codes(docs(se, dr(host))), host).toEqual([]);
    }
  });

  it('warns about an external host nothing provides, at spec.host', () => {
    const [d] = analyze(docs(se, dr('api.exmaple.com')));
    expect(d).toMatchObject({
      code: 'XR009', severity: 'warning', istioCode: 'IST0174', text: 'api.exmaple.com',
      message: 'The host api.exmaple.com defined in the DestinationRule does not match any services in the mesh: no ServiceEntry in the workspace provides it, and it is not a Kubernetes service name.',
    });
  });

  it('warns about a wildcard host that covers no ServiceEntry host', () => {
    expect(codes(docs(se, dr('"*.other.com"')))).toEqual(['XR009']);
  });
});
