import { describe, expect, it } from 'vitest';
import { analyze, codes, docs, res } from './test-kit';

const gw = (name: string, server: string, selector = '{istio: ingressgateway}') => res('Gateway', name, 'istio-system', `  selector: ${selector}\n  servers:\n  - ${server}\n`);
const http = (host: string, port = 80) => `{port: {number: ${port}, name: http, protocol: HTTP}, hosts: ["${host}"]}`;
const tls = (cred: string, host: string) => `{port: {number: 443, name: https, protocol: HTTPS}, hosts: [${host}], tls: {mode: SIMPLE, credentialName: ${cred}}}`;

describe('conflicting Gateways (IST0145)', () => {
  it('reports the same selector, port and a matching host on both, at the hosts', () => {
    const found = analyze(docs(gw('alpha', http('foo.bar')), gw('beta', http('*.bar'))));
    expect(found.map((d) => [d.code, d.istioCode, d.severity, d.resource])).toEqual([
      ['XR019', 'IST0145', 'error', 'Gateway alpha'], ['XR019', 'IST0145', 'error', 'Gateway beta'],
    ]);
    expect(found[0]!.message).toBe('Conflict with gateways istio-system/beta (workload selector istio=ingressgateway, port 80, hosts foo.bar).');
  });

  it('accepts different ports, hosts or selectors', () => {
    expect(codes(docs(gw('alpha', http('foo.bar')), gw('beta', http('foo.bar', 8080))))).toEqual([]);
    expect(codes(docs(gw('alpha', http('foo.bar')), gw('beta', http('bar.bar'))))).toEqual([]);
    expect(codes(docs(gw('alpha', http('foo.bar')), gw('beta', http('foo.bar'), '{istio: other}')))).toEqual([]);
  });
});

describe('duplicate certificates (IST0138)', () => {
  it('reports one certificate on Gateways of one workload, at the credential', () => {
    const found = analyze(docs(gw('one', tls('cert', 'a.example.com')), gw('two', tls('cert', 'b.example.com'))));
    expect(found.map((d) => [d.code, d.istioCode, d.text])).toEqual([['XR020', 'IST0138', 'cert'], ['XR020', 'IST0138', 'cert']]);
    expect(found[0]!.message).toBe('Duplicate certificate in multiple gateways [istio-system/one istio-system/two] may cause 404s if clients re-use HTTP2 connections.');
  });

  it('reports only from the narrower selector, and nothing for different certificates', () => {
    expect(analyze(docs(gw('one', tls('cert', 'a.example.com')), gw('two', tls('cert', 'b.example.com'), '{istio: ingressgateway, type: internal}'))).map((d) => d.resource)).toEqual(['Gateway one']);
    expect(codes(docs(gw('one', tls('cert-a', 'a.example.com')), gw('two', tls('cert-b', 'b.example.com'))))).toEqual([]);
  });
});
