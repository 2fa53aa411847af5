import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';
import { gatewayRules } from './catalog';
import { itChecksRules, manifest, type RuleCase } from './rule-cases';

const gw = (servers: string, metadata = '') => manifest('Gateway', `servers:\n${servers}`, metadata);
/** One server on port 80/HTTP with `hosts`, plus extra server fields. */
const http = (hosts = '[a.example.com]', extra = '') => gw(`- port: {number: 80, name: http, protocol: HTTP}\n  hosts: ${hosts}${extra ? `\n  ${extra}` : ''}`);
/** One HTTPS server on 443 with the given `tls` (flow mapping). */
const https = (tls: string) => gw(`- port: {number: 443, name: https, protocol: HTTPS}\n  hosts: [a.example.com]\n  tls: ${tls}`);
const simple = '{mode: SIMPLE, credentialName: a-cert}';

const cases: RuleCase[] = [
  { code: 'GW001', invalid: manifest('Gateway', 'servers:\n- port: {number: 80, name: http, protocol: HTTP}\n  hosts: ["*"]').replace('name: foo', 'name: foo.bar'), message: 'invalid gateway name: "foo.bar"', at: 'foo.bar', valid: http() },
  { code: 'GW002', invalid: manifest('Gateway', 'servers: []'), message: 'gateway must have at least one server', at: 'servers', valid: http() },
  { code: 'GW003', invalid: gw('- port: {number: 80, name: web, protocol: HTTP}\n  hosts: [a.example.com]\n- port: {number: 8080, name: web, protocol: HTTP}\n  hosts: [b.example.com]'), message: 'port names in servers must be unique: duplicate name web', at: 'web', valid: gw('- port: {number: 80, name: web, protocol: HTTP}\n  hosts: [a.example.com]\n- port: {number: 8080, name: web2, protocol: HTTP}\n  hosts: [b.example.com]') },
  { code: 'GW004', invalid: gw('- port: {number: 31400, name: tcp, protocol: TCP}\n  hosts: ["*"]\n  tls: {httpsRedirect: true}'), message: 'tls.httpsRedirect should only be used with http servers', at: 'true', valid: http('["*"]', 'tls: {httpsRedirect: true}') },
  { code: 'GW010', invalid: http('[]'), message: 'server config must contain at least one host', at: 'hosts', valid: http('["*"]') },
  { code: 'GW011', invalid: http('["/a.example.com"]'), message: 'config namespace and dnsName in host entry cannot be empty', at: '"/a.example.com"', valid: http('["./a.example.com"]') },
  { code: 'GW012', invalid: http('["ns_1/a.example.com"]'), message: 'invalid namespace value "ns_1" in gateway', at: '"ns_1/a.example.com"', valid: http('["ns-1/a.example.com"]') },
  { code: 'GW013', invalid: http('[reviews]'), message: 'short names (non FQDN) are not allowed', at: 'reviews', valid: http('["*/reviews.default.svc.cluster.local"]') },
  { code: 'GW014', invalid: http('[foo.*.com]'), message: 'domain name "*.com" invalid (label "*" invalid)', at: 'foo.*.com', valid: http('[1.1.1.1]') },
  { code: 'GW015', invalid: http('["*bar.com"]'), message: 'partial wildcard "*bar.com" not allowed', at: '"*bar.com"', valid: http('["*.bar.com"]') },
  { code: 'GW020', invalid: gw('- hosts: [a.example.com]'), message: 'port is required', at: 'hosts: [a.example.com]', valid: http() },
  { code: 'GW021', invalid: gw('- port: {number: 80, name: http, protocol: SPDY}\n  hosts: [a.example.com]'), message: 'invalid protocol "SPDY", supported protocols are HTTP, HTTP2, GRPC, GRPC-WEB, MONGO, REDIS, MYSQL, TCP', at: 'SPDY', valid: gw('- port: {number: 80, name: http, protocol: http_proxy}\n  hosts: [a.example.com]') },
  { code: 'GW022', invalid: gw('- port: {number: 0, name: http, protocol: HTTP}\n  hosts: [a.example.com]'), message: 'port number 0 must be in the range 1..65535', at: '0', valid: gw('- port: {number: 0, name: http, protocol: HTTP}\n  hosts: [a.example.com]\n  bind: unix:///var/run/gw.sock') },
  { code: 'GW023', invalid: gw('- port: {number: 80, targetPort: 8080, name: http, protocol: HTTP}\n  hosts: [a.example.com]'), message: 'targetPort has no impact on Gateways', at: '8080', valid: http() },
  { code: 'GW024', invalid: gw('- port: {number: 80, protocol: HTTP}\n  hosts: [a.example.com]'), message: 'port name must be set: number:80 protocol:"HTTP"', at: 'port', valid: http() },
  { code: 'GW025', invalid: http('[a.example.com]', 'bind: unix:///var/run/gw.sock'), message: 'port number must be 0 for unix domain socket: number:80 protocol:"HTTP" name:"http"', at: '80', valid: gw('- port: {number: 0, name: http, protocol: HTTP}\n  hosts: [a.example.com]\n  bind: unix://@gw') },
  { code: 'GW026', invalid: gw('- port: {number: 0, name: http, protocol: HTTP}\n  hosts: [a.example.com]\n  bind: unix://'), message: 'unix address must not be empty', at: 'unix://', valid: gw('- port: {number: 0, name: http, protocol: HTTP}\n  hosts: [a.example.com]\n  bind: unix:///gw.sock') },
  { code: 'GW027', invalid: http('[a.example.com]', 'bind: 10.0.0.256'), message: '10.0.0.256 is not a valid IP', at: '10.0.0.256', valid: http('[a.example.com]', 'bind: "::"') },
  { code: 'GW030', invalid: gw('- port: {number: 443, name: https, protocol: HTTPS}\n  hosts: [a.example.com]'), message: 'server must have TLS settings for HTTPS/TLS protocols', at: 'HTTPS', valid: https(simple) },
  { code: 'GW031', invalid: http('[a.example.com]', `tls: ${simple}`), message: 'server cannot have TLS settings for plain text HTTP ports', at: 'tls', valid: http('[a.example.com]', 'tls: {httpsRedirect: true}') },
  { code: 'GW032', invalid: gw('- port: {number: 27017, name: mongo, protocol: MONGO}\n  hosts: ["*"]\n  tls: {mode: PASSTHROUGH}'), message: 'server cannot have TLS settings for non HTTPS/TLS ports', at: 'tls', valid: gw('- port: {number: 27017, name: mongo, protocol: MONGO}\n  hosts: ["*"]') },
  { code: 'GW040', invalid: https('{mode: SIMPLE, credentialName: c, minProtocolVersion: TLSV1_1}'), message: 'TLS version below TLSV1_2 require setting compatible ciphers as by default they no longer include compatible ciphers.', at: 'TLSV1_1', valid: https('{mode: SIMPLE, credentialName: c, minProtocolVersion: TLSV1_1, cipherSuites: [AES128-SHA]}') },
  { code: 'GW041', invalid: https('{mode: SIMPLE, credentialName: c, cipherSuites: [ZZZ, AES128-SHA, BAD]}'), message: 'ignoring invalid cipher suites: [BAD ZZZ]', at: '[ZZZ, AES128-SHA, BAD]', valid: https('{mode: SIMPLE, credentialName: c, cipherSuites: ["!aNULL", ALL, AES128-SHA]}') },
  { code: 'GW042', invalid: https('{mode: SIMPLE, credentialName: c, cipherSuites: [AES128-SHA, AES128-SHA]}'), message: 'ignoring duplicate cipher suites: [AES128-SHA]', at: '[AES128-SHA, AES128-SHA]', valid: https('{mode: SIMPLE, credentialName: c, cipherSuites: [AES128-SHA, AES256-SHA]}') },
  { code: 'GW043', invalid: https('{mode: ISTIO_MUTUAL, credentialName: c}'), message: 'ISTIO_MUTUAL TLS cannot have associated credentialName', at: 'c', valid: https('{mode: ISTIO_MUTUAL}') },
  { code: 'GW044', invalid: https('{mode: PASSTHROUGH, credentialName: c}'), message: 'PASSTHROUGH mode does not use certificates, they will be ignored', at: 'c', valid: https('{mode: PASSTHROUGH}') },
  { code: 'GW045', invalid: https('{mode: SIMPLE, credentialName: c, serverCertificate: /c.pem, privateKey: /k.pem}'), message: 'only one of credential_name, credential_names, server_certificate/private_key, tls_certificates should be specified', at: 'tls', valid: https('{mode: SIMPLE, serverCertificate: /c.pem, privateKey: /k.pem}') },
  { code: 'GW046', invalid: https('{mode: MUTUAL, serverCertificate: /c.pem, privateKey: /k.pem}'), message: 'MUTUAL TLS requires a client CA bundle', at: 'MUTUAL', valid: https('{mode: MUTUAL, serverCertificate: /c.pem, privateKey: /k.pem, caCertificates: /ca.pem}') },
  {
    code: 'GW047',
    invalid: https('{mode: SIMPLE, tlsCertificates: [{serverCertificate: /a, privateKey: /a}, {serverCertificate: /b, privateKey: /b}, {serverCertificate: /c, privateKey: /c}]}'),
    message: 'SIMPLE TLS can support up to 2 server certificates',
    at: 'tlsCertificates',
    valid: https('{mode: SIMPLE, tlsCertificates: [{serverCertificate: /a, privateKey: /a}, {serverCertificate: /b, privateKey: /b}]}'),
  },
  { code: 'GW048', invalid: https('{mode: SIMPLE, privateKey: /k.pem}'), message: 'SIMPLE TLS requires a server certificate', at: 'SIMPLE', valid: https('{mode: SIMPLE, privateKey: /k.pem, serverCertificate: /c.pem}') },
  { code: 'GW049', invalid: https('{mode: OPTIONAL_MUTUAL, tlsCertificates: [{serverCertificate: /c.pem}], caCertificates: /ca.pem}'), message: 'MUTUAL TLS requires a private key', at: '{serverCertificate: /c.pem}', valid: https('{mode: OPTIONAL_MUTUAL, tlsCertificates: [{serverCertificate: /c.pem, privateKey: /k.pem}], caCertificates: /ca.pem}') },
  { code: 'GW050', invalid: https('{mode: ISTIO_MUTUAL}').replace('protocol: HTTPS', 'protocol: TLS').replace('{mode: ISTIO_MUTUAL}', '{mode: AUTO_PASSTHROUGH, credentialName: c, caCrl: /crl.pem}'), message: 'CRL is not supported with credentialName. CRL has to be specified in the credential', at: '/crl.pem', valid: https('{mode: MUTUAL, credentialName: c, caCrl: /crl.pem}') },
  { code: 'GW051', invalid: https('{mode: SIMPLE, serverCertificate: /c.pem, privateKey: /k.pem, caCrl: /crl.pem}'), message: 'CRL is not supported with SIMPLE TLS', at: '/crl.pem', valid: https('{mode: MUTUAL, serverCertificate: /c.pem, privateKey: /k.pem, caCertificates: /ca.pem, caCrl: /crl.pem}') },
];

describe('Gateway rules', () => {
  itChecksRules(cases);

  it('has a case for every Gateway code', () => {
    expect(cases.map((c) => c.code).sort()).toEqual(Object.keys(gatewayRules).sort());
  });

  it('allows Gateway-API names and the `~` namespace with the gateway-semantics annotation', () => {
    const text = manifest('Gateway', 'servers:\n- port: {number: 80, name: http, protocol: HTTP}\n  hosts: ["~/a.example.com"]', 'annotations: {internal.istio.io/gateway-semantics: gateway}').replace('name: foo', 'name: foo.bar');
    expect(validateText(text).diagnostics.filter((d) => d.source === 'rule')).toEqual([]);
  });

  it('skips the TLS-versus-protocol check when the port itself is invalid', () => {
    const codes = validateText(gw('- port: {number: 443, protocol: HTTPS}\n  hosts: [a.example.com]')).diagnostics.map((d) => d.code);
    expect(codes).toContain('GW024');
    expect(codes).not.toContain('GW030');
  });
});
