import { describe, expect, it } from 'vitest';
import { analyze, codes, res } from './test-kit';

const se = (ports: string, extra = '') => res('ServiceEntry', 'db', 'data', `  hosts: [db.example.com]\n${extra}  ports:\n${ports}  resolution: DNS\n`);

describe('ServiceEntry addresses for TCP ports (IST0134)', () => {
  it('warns per TCP or protocol-less port of a ServiceEntry without addresses', () => {
    const found = analyze(se('  - {number: 5432, name: pg, protocol: tcp}\n  - {number: 6379, name: redis}\n  - {number: 443, name: tls, protocol: TLS}\n'));
    expect(found.map((d) => [d.code, d.istioCode, d.severity, d.text])).toEqual([['XR018', 'IST0134', 'warning', 'tcp'], ['XR018', 'IST0134', 'warning', '6379']]);
    expect(found[0]!.message).toMatch(/^ServiceEntry addresses are required for this protocol: port 5432 of ServiceEntry db is TCP/);
  });

  it('accepts addresses, and addresses istiod allocated in status', () => {
    expect(codes(se('  - {number: 5432, name: pg, protocol: TCP}\n', '  addresses: [10.0.0.1]\n'))).toEqual([]);
    expect(codes(se('  - {number: 5432, name: pg, protocol: TCP}\n') + 'status:\n  addresses:\n  - {value: 240.240.0.1, host: db.example.com}\n')).toEqual([]);
  });
});

describe('status conditions (IST0171) and deprecated fields (IST0002)', () => {
  it('reports a False istio.io/WaypointBound condition at its status', () => {
    const text = se('  - {number: 443, name: tls, protocol: TLS}\n') + 'status:\n  conditions:\n  - {type: istio.io/WaypointBound, status: "False", reason: NoWaypoint, message: not ready}\n  - {type: Other, status: "False"}\n';
    const [d] = analyze(text);
    expect(d).toMatchObject({ code: 'XR022', istioCode: 'IST0171', text: '"False"', message: 'A condition with a negative status is present: type=istio.io/WaypointBound, reason=NoWaypoint, message=not ready.' });
  });

  it('reports fault.delay.percent', () => {
    const vs = res('VirtualService', 'r', 'web', '  hosts: [ratings]\n  http:\n  - fault: {delay: {percent: 10, fixedDelay: 5s}}\n    route: [{destination: {host: ratings}}]\n');
    expect(analyze(vs)).toMatchObject([{ code: 'XR021', istioCode: 'IST0002', text: '10', message: 'Deprecated: HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage' }]);
  });
});
