import { describe, expect, it } from 'vitest';
import { vsFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
/** The route list of one tcp route; its first destination item is on line 10. */
const tcp = (items: string) => vsFindings(`  hosts: [a.example.com]\n  tcp:\n  - route:\n${items}`);

describe('destinations (VS026)', () => {
  it('accepts short names, wildcard prefixes, subsets and ports', () => {
    expect(tcp("    - destination:\n        host: '*-b.example.com'\n        subset: v1\n        port:\n          number: 9000\n")).toEqual([]);
  });
  it('rejects `*`, bad subsets and missing port numbers', () => {
    expect(tcp("    - destination:\n        host: '*'\n        subset: V_1\n        port: {}\n")).toEqual([
      err('VS026', 'invalid destination host *', 11, "'*'"),
      err('VS026', 'subset name is invalid: V_1', 12, 'V_1'),
      err('VS026', 'port number 0 must be in the range 1..65535', 13, '{}'),
    ]);
  });
  it('rejects namespaced hosts', () => {
    expect(tcp('    - destination:\n        host: ns/b\n')).toEqual([err('VS026', 'domain name "ns/b" invalid (label "ns/b" invalid)', 11, 'ns/b')]);
  });
});

describe('route destinations (VS032)', () => {
  it('accepts weights that do not sum to 100', () => {
    expect(tcp('    - destination:\n        host: b\n      weight: 550\n    - destination:\n        host: c\n      weight: 500\n')).toEqual([]);
  });
  it('requires a destination, non-negative weights, and a non-zero total', () => {
    expect(tcp('    - weight: 5\n')).toEqual([err('VS032', 'destination is required', 10, 'weight: 5')]);
    expect(tcp('    - destination:\n        host: b\n      weight: -1\n    - destination:\n        host: c\n      weight: 2\n')).toEqual([err('VS032', 'weight -1 < 0', 12, '-1')]);
    expect(tcp('    - destination:\n        host: b\n    - destination:\n        host: c\n')).toEqual([err('VS032', 'total destination weight = 0', 9, 'route')]);
  });
  it('skips destination checks on Gateway-API-generated routes', () => {
    const meta = '  annotations:\n    internal.istio.io/route-semantics: gateway\n';
    expect(vsFindings("  hosts: [a.example.com]\n  tcp:\n  - route:\n    - destination:\n        host: '*'\n", meta)).toEqual([]);
  });
});
