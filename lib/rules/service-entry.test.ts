import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';
import { serviceEntryRules } from './catalog';
import { itChecksRules, manifest, yaml, type RuleCase } from './rule-cases';

const se = (spec: string, metadata = '') => manifest('ServiceEntry', spec, metadata);
const tlsPort = 'ports:\n- {number: 443, name: tls, protocol: TLS}';
const httpPort = 'ports:\n- {number: 80, name: http, protocol: HTTP}';
const staticSe = (endpoints: string, ports = httpPort) => se(`hosts: [api.example.com]\n${ports}\nresolution: STATIC\nendpoints:\n${endpoints}`);
const dnsSe = (endpoints: string) => se(`hosts: [api.example.com]\n${httpPort}\nresolution: DNS\nendpoints:\n${endpoints}`);
const longName = 'p'.repeat(63);

const cases: RuleCase[] = [
  { code: 'SE001', invalid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nworkloadSelector:\n  labels: {"": x}`), message: 'empty key is not supported in selector: "=x"', at: '""', valid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nworkloadSelector:\n  labels: {app: x}`) },
  { code: 'SE002', invalid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nworkloadSelector:\n  labels: {app: "x*"}`), message: 'wildcard is not supported in selector: "app=x*"', at: '"x*"', valid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nworkloadSelector:\n  labels: {app: x}`) },
  { code: 'SE003', invalid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nworkloadSelector: {}`), message: 'service entry: workload selector specified without labels, will be applied to all services in namespace', at: 'workloadSelector', valid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nworkloadSelector: {labels: {app: x}}`) },
  { code: 'SE004', invalid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nworkloadSelector: {labels: {app: x}}\nendpoints: [{address: 10.0.0.1}]`), message: 'only one of WorkloadSelector or Endpoints is allowed in Service Entry', at: 'workloadSelector', valid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nendpoints: [{address: 10.0.0.1}]`) },
  { code: 'SE005', invalid: se(`hosts: [a.example.com]\n${httpPort}\nworkloadSelector: {labels: {app: x}}`), message: 'workloadSelector should not be set when resolution mode is NONE', at: 'workloadSelector', valid: se(`hosts: [a.example.com]\n${httpPort}\nresolution: STATIC\nworkloadSelector: {labels: {app: x}}`) },
  { code: 'SE010', invalid: se(`hosts: []\n${httpPort}`), message: 'service entry must have at least one host', at: 'hosts', valid: se(`hosts: [a.example.com]\n${httpPort}`) },
  { code: 'SE011', invalid: se(`hosts: ["*"]\n${httpPort}`), message: 'invalid host *', at: '"*"', valid: se(`hosts: ["*.example.com"]\n${httpPort}`) },
  { code: 'SE012', invalid: se(`hosts: [foo.*.com]\n${httpPort}`), message: 'domain name "*.com" invalid (label "*" invalid)', at: 'foo.*.com', valid: se(`hosts: [foo.com]\n${httpPort}`) },
  { code: 'SE013', invalid: se(`hosts: ["*foo.com"]\n${httpPort}`), message: 'partial wildcard "*foo.com" not allowed', at: '"*foo.com"', valid: se(`hosts: ["*.foo.com"]\n${httpPort}`) },
  { code: 'SE014', invalid: se(`hosts: ["*.foo.com"]\n${httpPort}\nresolution: DNS`), message: 'hosts must be FQDN or contain only prefix wildcards if no endpoints are provided for resolution mode DNS, domain name "*.foo.com" invalid (label "*" invalid)', at: '"*.foo.com"', valid: se(`hosts: ["*.foo.com"]\n${httpPort}\nresolution: DNS\nendpoints: [{address: lb.foo.com}]`) },
  { code: 'SE015', invalid: se(`hosts: []\n${httpPort}\nresolution: DYNAMIC_DNS`), message: 'at least one wildcard host must be provided for resolution type DYNAMIC_DNS', at: 'hosts', valid: se(`hosts: ["*.foo.com"]\n${httpPort}\nresolution: DYNAMIC_DNS`) },
  { code: 'SE016', invalid: se(`hosts: [foo.com]\n${httpPort}\nresolution: DYNAMIC_DNS`), message: 'host must be wildcarded for resolution mode DYNAMIC_DNS', at: 'foo.com', valid: se(`hosts: ["*foo.com"]\n${httpPort}\nresolution: DYNAMIC_DNS`) },
  { code: 'SE017', invalid: se('hosts: [a.com, b.com]\nports: [{number: 5432, name: pg, protocol: TCP}]\nresolution: DNS'), message: 'multiple hosts provided with non-HTTP, non-TLS ports', at: 'TCP', valid: se(`hosts: [a.com, b.com]\n${tlsPort}\nresolution: DNS`) },
  { code: 'SE020', invalid: se(`hosts: [a.com]\naddresses: [10.0.0.1/33]\n${httpPort}`), message: '10.0.0.1/33 is not a valid CIDR block', at: '10.0.0.1/33', valid: se(`hosts: [a.com]\naddresses: [10.0.0.1/32]\n${httpPort}`) },
  { code: 'SE021', invalid: se(`hosts: [a.com]\naddresses: [10.0.0.0/8]\n${httpPort}\nresolution: DNS`), message: 'CIDR addresses are allowed only for NONE/STATIC resolution types', at: '10.0.0.0/8', valid: se(`hosts: [a.com]\naddresses: [10.0.0.0/8]\n${httpPort}\nresolution: STATIC`) },
  { code: 'SE022', invalid: se(`hosts: ["*.a.com"]\naddresses: [10.0.0.1]\n${httpPort}\nresolution: DYNAMIC_DNS`), message: 'addresses cannot be set for resolution type DYNAMIC_DNS. HTTP route domains will only be generatedfrom the hosts field values', at: 'addresses', valid: se(`hosts: ["*.a.com"]\n${httpPort}\nresolution: DYNAMIC_DNS`) },
  { code: 'SE023', invalid: se(`hosts: [a.com, b.com]\naddresses: [10.0.0.1]\n${tlsPort}\nresolution: DNS`), message: 'service entry can not have more than one host specified simultaneously with address and tcp port', at: 'TLS', valid: se(`hosts: [a.com]\naddresses: [10.0.0.1]\n${tlsPort}\nresolution: DNS`) },
  { code: 'SE024', invalid: se('hosts: [a.com]\nports: [{number: 27017, name: mongo, protocol: TCP}]'), message: 'addresses are required for ports serving TCP (or unset) protocol when IP Autoallocation is not enabled', at: 'TCP', valid: se('hosts: [a.com]\nports: [{number: 27017, name: mongo, protocol: TCP}]\nresolution: DNS') },
  { code: 'SE030', invalid: se('hosts: [a.com]\nports:\n- {number: 80, name: http, protocol: HTTP}\n- {number: 8080, name: http, protocol: HTTP}'), message: 'service entry port name "http" already defined', at: 'http', valid: se('hosts: [a.com]\nports:\n- {number: 80, name: http, protocol: HTTP}\n- {number: 8080, name: http-alt, protocol: HTTP}') },
  { code: 'SE031', invalid: se('hosts: [a.com]\nports:\n- {number: 80, name: http, protocol: HTTP}\n- {number: 80, name: web, protocol: HTTP}'), message: 'service entry port 80 already defined', at: '80', valid: se('hosts: [a.com]\nports:\n- {number: 80, name: http, protocol: HTTP, targetPort: 8080}\n- {number: 81, name: web, protocol: HTTP, targetPort: 8080}') },
  { code: 'SE032', invalid: se('hosts: [a.com]\nports: [{number: 70000, name: http, protocol: HTTP}]'), message: 'port number 70000 must be in the range 1..65535', at: '70000', valid: se('hosts: [a.com]\nports: [{number: 65535, name: http, protocol: HTTP}]') },
  { code: 'SE033', invalid: se('hosts: [a.com]\nports: [{number: 80, targetPort: 70000, name: http, protocol: HTTP}]'), message: 'port number 70000 must be in the range 1..65535', at: '70000', valid: se('hosts: [a.com]\nports: [{number: 80, targetPort: 8080, name: http, protocol: HTTP}]') },
  { code: 'SE034', invalid: se('hosts: [a.com]\nports: [{number: 80, name: Http_1, protocol: HTTP}]'), message: 'invalid port name: Http_1', at: 'Http_1', valid: se('hosts: [a.com]\nports: [{number: 80, name: Http-1, protocol: HTTP}]') },
  { code: 'SE035', invalid: se('hosts: [a.com]\nports: [{number: 80, name: http, protocol: FOO}]'), message: 'unsupported protocol: FOO', at: 'FOO', valid: se('hosts: [a.com]\nports: [{number: 80, name: http, protocol: grpc-web}]') },
  { code: 'SE036', invalid: se('hosts: ["*.a.com"]\nports: [{number: 443, name: https, protocol: HTTPS}]\nresolution: DYNAMIC_DNS'), message: 'only HTTP, TLS, GRPC, and HTTP2 protocols are supported for resolution type DYNAMIC_DNS', at: 'HTTPS', valid: se('hosts: ["*.a.com"]\nports: [{number: 443, name: tls, protocol: tls}]\nresolution: DYNAMIC_DNS') },
  { code: 'SE040', invalid: se(`hosts: [a.com]\n${httpPort}\nendpoints: [{address: 10.0.0.1}]`), message: 'no endpoints should be provided for resolution type none', at: 'endpoints', valid: se(`hosts: [a.com]\n${httpPort}\nresolution: STATIC\nendpoints: [{address: 10.0.0.1}]`) },
  { code: 'SE041', invalid: se(`hosts: [a.com]\n${httpPort}\nresolution: DNS_ROUND_ROBIN\nendpoints: [{address: a1.com}, {address: a2.com}]`), message: 'there must only be 0 or 1 endpoint for resolution mode DNS_ROUND_ROBIN', at: 'endpoints', valid: se(`hosts: [a.com]\n${httpPort}\nresolution: DNS\nendpoints: [{address: a1.com}, {address: a2.com}]`) },
  { code: 'SE042', invalid: se(`hosts: ["*.a.com"]\n${httpPort}\nresolution: DYNAMIC_DNS\nendpoints: [{address: 10.0.0.1}]`), message: 'endpoints cannot be set for resolution type DYNAMIC_DNS. Destination IP address determined from hostsfield values', at: 'endpoints', valid: se(`hosts: ["*.a.com"]\n${httpPort}\nresolution: DYNAMIC_DNS`) },
  { code: 'SE043', invalid: se(`hosts: ["*.a.com"]\n${httpPort}\nresolution: DYNAMIC_DNS\nlocation: MESH_INTERNAL`, 'labels: {istio.io/use-waypoint: waypoint}'), message: 'location MESH_INTERNAL with resolution type DYNAMIC_DNS is not supported when using waypoints', at: 'MESH_INTERNAL', valid: se(`hosts: ["*.a.com"]\n${httpPort}\nresolution: DYNAMIC_DNS\nlocation: MESH_INTERNAL`, 'labels: {istio.io/use-waypoint: None}') },
  { code: 'SE050', invalid: staticSe('- {address: foo.com}'), message: 'endpoint address "foo.com" is not a valid IP address', at: 'foo.com', valid: staticSe('- {address: "2001:db8::1"}') },
  { code: 'SE051', invalid: dnsSe('- {address: foo_bar}'), message: 'endpoint address "foo_bar" is not a valid FQDN or an IP address', at: 'foo_bar', valid: dnsSe('- {address: foo-bar}') },
  { code: 'SE052', invalid: staticSe('- {address: 10.0.0.1, ports: {grpc: 8080}}'), message: 'endpoint port 8080 is not defined by the service entry', at: 'grpc', valid: staticSe('- {address: 10.0.0.1, ports: {http: 8080}}') },
  { code: 'SE053', invalid: staticSe('- {address: "unix:///var/run/a.sock"}', 'ports:\n- {number: 80, name: http, protocol: HTTP}\n- {number: 81, name: web, protocol: HTTP}'), message: 'exactly 1 service port required for unix endpoints', at: '"unix:///var/run/a.sock"', valid: staticSe('- {address: "unix:///var/run/a.sock"}') },
  { code: 'SE054', invalid: dnsSe('- {address: a.com, ports: {Bad_Name: 80}}'), message: 'invalid port name: Bad_Name', at: 'Bad_Name', valid: dnsSe('- {address: a.com, ports: {http: 80}}') },
  { code: 'SE055', invalid: staticSe('- {address: 10.0.0.1, ports: {http: 0}}'), message: 'port number 0 must be in the range 1..65535', at: '0', valid: staticSe('- {address: 10.0.0.1, ports: {http: 1}}') },
  { code: 'SE056', invalid: staticSe('- {address: 10.0.0.1, labels: {a/b/c: x}}'), message: 'invalid tag key: "a/b/c"', at: 'a/b/c', valid: staticSe('- {address: 10.0.0.1, labels: {example.com/b: x}}') },
  { code: 'SE057', invalid: staticSe('- labels: {app: x}'), message: 'address is required', at: 'labels: {app: x}', valid: staticSe('- {address: 10.0.0.1, labels: {app: x}}') },
  { code: 'SE058', invalid: staticSe('- {network: n1}'), message: 'address is unset with network "n1"', at: 'n1', valid: staticSe('- {network: n1, address: 10.0.0.1}') },
  { code: 'SE059', invalid: staticSe('- {address: "unix://var/a.sock"}'), message: 'var/a.sock is not an absolute path to a file', at: '"unix://var/a.sock"', valid: staticSe('- {address: "unix://@abstract"}') },
  { code: 'SE060', invalid: staticSe('- {address: "unix:///a.sock", ports: {http: 80}}'), message: 'unix endpoint unix:///a.sock must not include ports', at: 'ports', valid: staticSe('- {address: "unix:///a.sock"}') },
  { code: 'SE061', invalid: staticSe(`- {address: 10.0.0.1, ports: {${longName}: 80}}`, `ports: [{number: 80, name: ${longName}, protocol: HTTP}]`), message: 'port name must be valid', at: longName, valid: staticSe(`- {address: 10.0.0.1, ports: {${longName.slice(1)}: 80}}`, `ports: [{number: 80, name: ${longName.slice(1)}, protocol: HTTP}]`) },
  { code: 'SE062', invalid: se('hosts: [a.com]\nports: [{number: 80, targetPort: 0, name: http, protocol: HTTP}]'), message: 'port must be between 1-65535', at: '0', valid: se('hosts: [a.com]\nports: [{number: 80, name: http, protocol: HTTP}]') },
  { code: 'SE070', invalid: se(`hosts: [a.com]\n${httpPort}\nexportTo: ["~", "*"]`), message: 'cannot export service entry to no one (~) and someone', at: 'exportTo', valid: se(`hosts: [a.com]\n${httpPort}\nexportTo: ["~"]`) },
];

describe('ServiceEntry rules', () => {
  itChecksRules(cases);

  it('has a case for every ServiceEntry code', () => {
    expect(cases.map((c) => c.code).sort()).toEqual(Object.keys(serviceEntryRules).sort());
  });

  it('reports only the selector errors when the selector is wrong (Istio returns early)', () => {
    const text = se(`hosts: ["*"]\n${httpPort}\nworkloadSelector: {labels: {"a*": x}}`);
    const codes = validateText(text).diagnostics.filter((d) => d.source === 'rule').map((d) => d.code);
    expect(codes).toEqual(['SE002']);
  });

  it('does not warn about TCP ports without addresses when istiod auto-allocates IPs, unless the label opts out', () => {
    const spec = 'hosts: [a.com]\nports: [{number: 5432, name: pg, protocol: TCP}]\nresolution: DNS';
    const codes = (t: string) => validateText(t).diagnostics.map((d) => d.code);
    expect(codes(se(spec))).not.toContain('SE024');
    expect(codes(se(spec, 'labels: {networking.istio.io/enable-autoallocate-ip: "FALSE"}'))).toContain('SE024');
  });

  it('skips values of the wrong type without throwing', () => {
    const text = yaml`
      apiVersion: networking.istio.io/v1
      kind: ServiceEntry
      metadata: {name: foo}
      spec:
        hosts: 42
        ports: [7, {number: "80", name: http, protocol: HTTP}, {name: 8}, null]
        endpoints: {a: 1}
        workloadSelector: []
        exportTo: [1]
    `;
    expect(() => validateText(text)).not.toThrow();
    expect(validateText(text).diagnostics.filter((d) => d.source === 'rule').map((d) => d.code)).toEqual(['SE010']);
  });
});
