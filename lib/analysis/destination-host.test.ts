import { describe, expect, it } from 'vitest';
import { analyze, codes, docs, res } from './test-kit';

const httpbinSe = res('ServiceEntry', 'httpbin', 'web', `  hosts: [httpbin.org]
  ports:
  - {number: 80, name: http, protocol: HTTP}
  - {number: 443, name: https, protocol: TLS}
  resolution: DNS
`);

const vs = (dest: string, ns = 'web') => res('VirtualService', 'route', ns, `  hosts: [httpbin.org]
  http:
  - route:
    - destination:
${dest}`);

describe('destination host (IST0101 host, host:port; IST0112)', () => {
  it('accepts a host a visible ServiceEntry provides, with a declared port', () => {
    expect(codes(docs(httpbinSe, vs('        host: httpbin.org\n        port: {number: 443}\n')))).toEqual([]);
  });

  it('accepts Kubernetes service names: short, name.namespace, *.svc.cluster.local', () => {
    for (const host of ['reviews', 'reviews.prod', 'reviews.prod.svc', 'reviews.prod.svc.cluster.local', 'db.cluster.local']) {
      expect(codes(vs(`        host: ${host}\n`)), host).toEqual([]);
    }
  });

  it('matches wildcard ServiceEntry hosts', () => {
    const wild = res('ServiceEntry', 'wiki', 'web', '  hosts: ["*.wikipedia.org"]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n  resolution: NONE\n');
    expect(codes(docs(wild, vs('        host: en.wikipedia.org\n')))).toEqual([]);
  });

  it('reports an external host no ServiceEntry provides, at the host', () => {
    const [d] = analyze(vs('        host: api.example.com\n'));
    expect(d).toMatchObject({
      code: 'XR001', severity: 'error', istioCode: 'IST0101', at: '11:15', text: 'api.example.com',
      message: 'Referenced host not found: "api.example.com": no ServiceEntry in the workspace provides it to namespace web, and it is not a Kubernetes service name',
    });
  });

  it('reports a mirror host as istioctl does', () => {
    const text = res('VirtualService', 'm', 'web', '  hosts: [a]\n  http:\n  - route:\n    - destination: {host: a}\n    mirror:\n      host: shadow.example.com\n');
    expect(analyze(text)[0]).toMatchObject({ code: 'XR001', message: expect.stringMatching(/^Referenced mirror host not found: "shadow.example.com"/), text: 'shadow.example.com' });
  });

  it('reports a port the ServiceEntry does not declare, at the port number', () => {
    const [d] = analyze(docs(httpbinSe, vs('        host: httpbin.org\n        port: {number: 8080}\n')));
    expect(d).toMatchObject({
      code: 'XR002', istioCode: 'IST0101', text: '8080',
      message: 'Referenced host:port not found: "httpbin.org:8080": ServiceEntry web/httpbin declares ports 80, 443',
    });
  });

  it('asks for a port when the ServiceEntry has several (IST0112)', () => {
    const [d] = analyze(docs(httpbinSe, vs('        host: httpbin.org\n')));
    expect(d).toMatchObject({
      code: 'XR003', istioCode: 'IST0112', severity: 'error', text: 'httpbin.org',
      message: 'This VirtualService routes to a service "httpbin.org" that exposes multiple ports [80 443]. Specifying a port in the destination is required to disambiguate (ServiceEntry web/httpbin).',
    });
  });

  it('reports a ServiceEntry not exported to the VirtualService namespace (XR015)', () => {
    const hidden = res('ServiceEntry', 'api', 'team-a', '  hosts: [api.example.com]\n  exportTo: ["."]\n  ports: [{number: 443, name: tls, protocol: TLS}]\n  resolution: DNS\n');
    const [d] = analyze(docs(hidden, vs('        host: api.example.com\n', 'team-b')));
    expect(d).toMatchObject({
      code: 'XR015', istioCode: 'IST0101', text: 'api.example.com',
      message: 'Referenced host not found: "api.example.com": ServiceEntry team-a/api provides it but exports it to namespace team-a, not to namespace team-b of VirtualService team-b/route',
    });
    const exported = hidden.replace('exportTo: ["."]', 'exportTo: [".", team-b]');
    expect(codes(docs(exported, vs('        host: api.example.com\n', 'team-b')))).toEqual([]);
  });

  it('checks tls and tcp routes too', () => {
    const text = res('VirtualService', 'l4', 'web', '  hosts: [x.example.com]\n  tcp:\n  - route:\n    - destination: {host: db.example.com}\n  tls:\n  - match: [{sniHosts: [x.example.com]}]\n    route:\n    - destination: {host: x.example.com}\n');
    expect(analyze(text).map((d) => d.text)).toEqual(['db.example.com', 'x.example.com']);
  });

  it('never throws on malformed routes', () => {
    const text = res('VirtualService', 'bad', undefined, '  hosts: 3\n  http: [null, {route: 7}, {route: [{destination: []}]}, {mirror: "x"}]\n  tcp: {}\n');
    expect(() => analyze(text)).not.toThrow();
  });
});
