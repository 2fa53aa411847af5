import { describe, expect, it } from 'vitest';
import { analyze, codes, docs, res } from './test-kit';

const se = (name: string, ns: string, port: string, extra = '') => res('ServiceEntry', name, ns, `  hosts: [example.com]\n${extra}  ports:\n  - ${port}\n  resolution: DNS\n`);

describe('ServiceEntries with the same host and port (IST0177, KIA1211)', () => {
  it('reports conflicting protocols on every ServiceEntry, at the protocol', () => {
    const found = analyze(docs(se('se-http', 'default', '{number: 8080, name: http, protocol: HTTP}'), se('se-https', 'default', '{number: 8080, name: https, protocol: HTTPS}')));
    expect(found.map((d) => [d.code, d.istioCode, d.severity, d.resource, d.text])).toEqual([
      ['XR013', 'IST0177', 'warning', 'ServiceEntry se-http', 'HTTP'],
      ['XR013', 'IST0177', 'warning', 'ServiceEntry se-https', 'HTTPS'],
    ]);
    expect(found[0]!.message).toBe('Multiple ServiceEntries (default/se-http, default/se-https) define the same host "example.com" and port 8080 with conflicting protocols (HTTP, HTTPS).');
  });

  it('reports duplicates with the same protocol', () => {
    const [d] = analyze(docs(se('a', 'x', '{number: 443, name: tls, protocol: TLS}'), se('b', 'y', '{number: 443, name: tls, protocol: TLS}')));
    expect(d).toMatchObject({ code: 'XR014', severity: 'warning', message: 'More than one ServiceEntry (x/a, y/b) defines host "example.com" and port 443 (TLS) for all namespaces; keep one definition.' });
  });

  it('ignores entries whose exportTo scopes do not meet, and different ports', () => {
    expect(codes(docs(se('a', 'x', '{number: 80, name: http, protocol: HTTP}', '  exportTo: ["."]\n'), se('b', 'y', '{number: 80, name: https, protocol: HTTPS}', '  exportTo: ["."]\n')))).toEqual([]);
    // different ports: no port conflict, but one host from two namespaces (XR024)
    expect(codes(docs(se('a', 'x', '{number: 80, name: http, protocol: HTTP}'), se('b', 'y', '{number: 81, name: http, protocol: HTTP}')))).toEqual(['XR024', 'XR024']);
  });

  it('lets a namespace scope meet entries exported everywhere', () => {
    expect(codes(docs(se('a', 'x', '{number: 80, name: http, protocol: HTTP}', '  exportTo: ["."]\n'), se('b', 'y', '{number: 80, name: grpc, protocol: GRPC}')))).toEqual(['XR013', 'XR013']);
  });
});

describe('one host in ServiceEntries of several namespaces (XR024)', () => {
  const entry = (name: string, ns: string, port: number, extra = '') => res('ServiceEntry', name, ns, `  hosts: [api.example.com]\n${extra}  ports: [{number: ${port}, name: p${port}, protocol: HTTPS}]\n  resolution: DNS\n`);

  it('warns when some namespace sees both definitions, naming both', () => {
    const found = analyze(docs(entry('a', 'team-a', 443), entry('b', 'team-b', 8443)));
    expect(found.map((d) => [d.code, d.resource, d.text])).toEqual([['XR024', 'ServiceEntry a', 'api.example.com'], ['XR024', 'ServiceEntry b', 'api.example.com']]);
    expect(found[0]!.message).toMatch(/^ServiceEntries team-a\/a and team-b\/b both define host api\.example\.com \(exported to all namespaces and all namespaces\)/);
  });

  it('accepts definitions no namespace sees together, and one namespace’s own entries', () => {
    expect(codes(docs(entry('a', 'team-a', 443, '  exportTo: ["."]\n'), entry('b', 'team-b', 8443, '  exportTo: ["."]\n')))).toEqual([]);
    expect(codes(docs(entry('a', 'team-a', 443), entry('b', 'team-a', 8443)))).toEqual([]);
  });
});
