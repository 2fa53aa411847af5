import { describe, expect, it } from 'vitest';
import { vsFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
const ROUTE = '    route:\n    - destination:\n        host: b\n';

describe('tls routes (VS034–VS036, VS038)', () => {
  it('accepts SNI hosts inside the VirtualService hosts', () => {
    expect(vsFindings(`  hosts: ['*.example.com']\n  gateways: [ns/gw]\n  tls:\n  - match:\n    - sniHosts: [a.example.com]\n      destinationSubnets: [10.0.0.0/8]\n${ROUTE}`)).toEqual([]);
  });
  it('requires matches, SNI hosts and a route', () => {
    expect(vsFindings('  hosts: [a.example.com]\n  tls:\n  - match:\n    - port: 443\n')).toEqual([
      err('VS034', 'TLS match must have at least one SNI host', 10, 'port: 443'),
      err('VS034', 'TLS route is required', 9, 'match:'),
    ].sort((a, b) => a.line - b.line));
    expect(vsFindings(`  hosts: [a.example.com]\n  tls:\n  - route:\n    - destination:\n        host: b\n`)[0]).toEqual(err('VS034', 'TLS route must have at least one match condition', 9, 'route:'));
  });
  it('rejects SNI hosts outside the hosts and warns about IP SNI hosts', () => {
    expect(vsFindings(`  hosts: [a.example.com]\n  tls:\n  - match:\n    - sniHosts: [b.example.com, 10.1.2.3]\n${ROUTE}`)).toEqual([
      err('VS035', 'SNI host "b.example.com" is not a compatible subset of any of the virtual service hosts: [a.example.com]', 10, 'b.example.com'),
      { code: 'VS036', severity: 'warning', message: 'using an IP address ("10.1.2.3") goes against SNI spec and most clients do not support this', line: 10, text: '10.1.2.3' },
    ]);
  });
  it('rejects bad destination subnets', () => {
    expect(vsFindings(`  hosts: [a.example.com]\n  tls:\n  - match:\n    - sniHosts: [a.example.com]\n      destinationSubnets: [10.0.0.0/33]\n${ROUTE}`)).toEqual([
      err('VS038', '10.0.0.0/33 is not a valid CIDR block', 11, '10.0.0.0/33'),
    ]);
  });
});

describe('tcp routes (VS037)', () => {
  it('accepts a match with a port and a route', () => {
    expect(vsFindings(`  hosts: [a.example.com]\n  tcp:\n  - match:\n    - port: 27017\n${ROUTE}`)).toEqual([]);
  });
  it('requires a route', () => {
    expect(vsFindings('  hosts: [a.example.com]\n  tcp:\n  - match:\n    - port: 27017\n')).toEqual([err('VS037', 'TCP route is required', 9, 'match:')]);
  });
});
