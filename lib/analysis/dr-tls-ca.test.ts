import { describe, expect, it } from 'vitest';
import { analyze, codes, res } from './test-kit';

const dr = (body: string, ns = 'prod') => res('DestinationRule', 'db-tls', ns, `  host: mydb.prod.svc.cluster.local\n${body}`);

describe('TLS origination without caCertificates (IST0128, IST0129, per subset)', () => {
  it('accepts caCertificates, credentialName with a workloadSelector, ISTIO_MUTUAL and insecureSkipVerify', () => {
    expect(codes(dr('  trafficPolicy:\n    tls: {mode: SIMPLE, caCertificates: /etc/ca.pem}\n'))).toEqual([]);
    expect(codes(dr('  workloadSelector: {matchLabels: {app: a}}\n  trafficPolicy:\n    tls: {mode: MUTUAL, credentialName: db-cert}\n'))).toEqual([]);
    expect(codes(dr('  trafficPolicy:\n    tls: {mode: ISTIO_MUTUAL}\n'))).toEqual([]);
    expect(codes(dr('  trafficPolicy:\n    tls: {mode: SIMPLE, insecureSkipVerify: true}\n'))).toEqual([]);
  });

  it('warns at the top level, at the mode', () => {
    const [d] = analyze(dr('  trafficPolicy:\n    tls:\n      mode: SIMPLE\n'));
    expect(d).toMatchObject({
      code: 'XR010', severity: 'warning', istioCode: 'IST0128', text: 'SIMPLE', at: '10:13',
      message: 'DestinationRule db-tls in namespace prod has TLS mode set to SIMPLE but no caCertificates are set to validate server identity for host: mydb.prod.svc.cluster.local',
    });
  });

  it('warns per port, printing the port as istioctl does', () => {
    const [d] = analyze(dr('  trafficPolicy:\n    portLevelSettings:\n    - port: {number: 443}\n      tls: {mode: MUTUAL, credentialName: c}\n'));
    expect(d).toMatchObject({
      code: 'XR011', istioCode: 'IST0129', text: 'MUTUAL',
      message: 'DestinationRule db-tls in namespace prod has TLS mode set to MUTUAL but no caCertificates are set to validate server identity for host: mydb.prod.svc.cluster.local at port number:443 (credentialName is read by sidecars only when the DestinationRule has a workloadSelector)',
    });
  });

  it('warns per subset, including subset port settings', () => {
    const found = analyze(dr('  subsets:\n  - name: v1\n    labels: {v: "1"}\n    trafficPolicy:\n      tls: {mode: SIMPLE}\n      portLevelSettings:\n      - port: {number: 8443}\n        tls: {mode: SIMPLE}\n'));
    expect(found.map((d) => [d.code, d.istioCode ?? ''])).toEqual([['XR012', ''], ['XR012', '']]);
    expect(found[0]!.message).toMatch(/host: mydb\.prod\.svc\.cluster\.local in subset "v1"$/);
    expect(found[1]!.message).toMatch(/host: mydb\.prod\.svc\.cluster\.local in subset "v1" at port number:8443$/);
  });
});
