import { describe, expect, it } from 'vitest';
import { drFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
/** A DestinationRule whose top-level trafficPolicy body starts on line 9. */
const policy = (body: string) => drFindings(`  host: r\n  trafficPolicy:\n${body}`);

describe('trafficPolicy (DR005, DR006)', () => {
  it('accepts a policy with one field', () => {
    expect(policy('    tls:\n      mode: ISTIO_MUTUAL\n')).toEqual([]);
  });
  it('rejects an empty policy, top level and per subset', () => {
    expect(drFindings('  host: r\n  trafficPolicy: {}\n')).toEqual([err('DR005', 'traffic policy must have at least one field', 8, '{}')]);
    expect(drFindings('  host: r\n  subsets:\n  - name: a\n    trafficPolicy: {}\n')).toEqual([err('DR005', 'traffic policy must have at least one field', 10, '{}')]);
  });
  it('rejects tunnel with proxyProtocol, and stops there', () => {
    const body = '    tunnel:\n      targetHost: 300.0.0.1.x\n      targetPort: 8080\n    proxyProtocol:\n      version: V1\n';
    expect(policy(body)).toEqual([err('DR006', 'tunnel and proxyProtocol must not be set together', 12, 'proxyProtocol')]);
  });
});

describe('portLevelSettings (DR024)', () => {
  it('accepts a port with a setting', () => {
    expect(policy('    portLevelSettings:\n    - port:\n        number: 80\n      tls:\n        mode: DISABLE\n')).toEqual([]);
  });
  it('requires a port and at least one setting', () => {
    expect(policy('    portLevelSettings:\n    - loadBalancer:\n        simple: RANDOM\n    - port:\n        number: 81\n')).toEqual([
      err('DR024', 'portTrafficPolicy must have valid port', 10, 'loadBalancer:'),
      err('DR024', 'port traffic policy must have at least one field', 12, 'port:'),
    ]);
  });
  it('keeps errors but drops warnings of port-level blocks, as Istio does', () => {
    const body = '    portLevelSettings:\n    - port:\n        number: 80\n      outlierDetection:\n        consecutiveErrors: 5\n        maxEjectionPercent: 101\n';
    expect(policy(body)).toEqual([err('DR010', 'percentage 101 is not in range 0..100', 14, '101')]);
  });
  it('drops warnings of subset policies too', () => {
    expect(drFindings('  host: r\n  subsets:\n  - name: a\n    trafficPolicy:\n      outlierDetection:\n        consecutiveErrors: 5\n')).toEqual([]);
  });
});

describe('tunnel (DR025)', () => {
  it('accepts CONNECT to an FQDN or IP', () => {
    expect(policy('    tunnel:\n      protocol: CONNECT\n      targetHost: 10.0.0.1\n      targetPort: 443\n')).toEqual([]);
    expect(policy('    tunnel:\n      targetHost: proxy.example.com\n      targetPort: 443\n')).toEqual([]);
  });
  it('rejects other protocols, bad hosts and ports', () => {
    expect(policy('    tunnel:\n      protocol: GET\n      targetHost: a_b\n      targetPort: 70000\n')).toEqual([
      err('DR025', 'tunnel protocol must be "CONNECT" or "POST"', 10, 'GET'),
      err('DR025', 'tunnel target host must be valid FQDN or IP address: domain name "a_b" invalid (label "a_b" invalid); a_b is not a valid IP', 11, 'a_b'),
      err('DR025', 'tunnel target port is invalid: port number 70000 must be in the range 1..65535', 12, '70000'),
    ]);
  });
});
