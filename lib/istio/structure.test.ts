/** The structure pass through the real pipeline: codes, messages, severities and exact 1-based ranges. */
import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';

/** Structure diagnostics of `text` as `code line:col-endLine:endCol path message`. */
function structure(text: string): string[] {
  return validateText(text)
    .diagnostics.filter((d) => d.source === 'structure')
    .map((d) => `${d.severity} ${d.code} ${d.range.line}:${d.range.column}-${d.range.endLine}:${d.range.endColumn} ${d.path} ${d.message}`);
}

const se = (spec: string, head = 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: ext\n') => `${head}spec:\n${spec}`;

describe('checkStructure', () => {
  it('accepts a complete ServiceEntry', () => {
    expect(structure(se('  hosts: [api.example.com]\n  ports:\n  - {number: 443, name: https, protocol: TLS}\n  resolution: DNS\n  location: MESH_EXTERNAL\n'))).toEqual([]);
  });

  it('points an unknown field at its key, with a suggestion (STR004 warning)', () => {
    expect(structure(se('  hots:\n  - api.example.com\n  hosts: [a.example.com]\n'))).toEqual([
      'warning STR004 6:3-6:7 spec.hots unknown field "hots"; did you mean "hosts"?',
    ]);
  });

  it('suggests the camelCase field for a snake_case one', () => {
    const text = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: r}\nspec:\n  http:\n  - redirect:\n      prefix_rewrite: /b\n';
    expect(structure(text)).toEqual(['warning STR004 7:7-7:21 spec.http[0].redirect.prefix_rewrite unknown field "prefix_rewrite"; did you mean "prefixRewrite"?']);
  });

  it('names an unknown field without a near match', () => {
    const text = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: r}\nspec:\n  http:\n  - websocketUpgrade: true\n';
    expect(structure(text)).toEqual(['warning STR004 6:5-6:21 spec.http[0].websocketUpgrade unknown field "websocketUpgrade": not in the VirtualService schema']);
  });

  it('reports unknown top-level fields, e.g. a misspelt spec', () => {
    const text = 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: d}\nsepc:\n  host: a\nextra: 1\n';
    expect(structure(text)).toEqual([
      'warning STR004 4:1-4:5 sepc unknown field "sepc"; did you mean "spec"?',
      'warning STR004 6:1-6:6 extra unknown field "extra": a resource has only apiVersion, kind, metadata, spec and status',
    ]);
  });

  it('points a wrong type at the key (STR001)', () => {
    expect(structure(se('  hosts: api.example.com\n'))).toEqual(['error STR001 6:3-6:8 spec.hosts "hosts" must be a list, not the string "api.example.com"']);
  });

  it('names a number too large for a float instead of printing Infinity', () => {
    expect(structure(se('  hosts: [a.example.com]\n  ports:\n  - name: https\n    number: 1e400\n'))).toEqual([
      'error STR001 9:5-9:11 spec.ports[0].number "number" must be a whole number, not a number too large to represent',
    ]);
  });

  it('explains a quoted port number', () => {
    expect(structure(se('  hosts: [a.example.com]\n  ports:\n  - name: https\n    number: "443"\n'))).toEqual([
      'error STR001 9:5-9:11 spec.ports[0].number "number" must be a whole number, not the string "443"; remove the quotes',
    ]);
  });

  it('points an invalid enum value at the value, listing the valid ones (STR002)', () => {
    expect(structure(se('  hosts: [a.example.com]\n  resolution: dns\n'))).toEqual([
      'error STR002 7:15-7:18 spec.resolution value "dns" is not one of NONE, STATIC, DNS, DNS_ROUND_ROBIN, DYNAMIC_DNS; did you mean "DNS"?',
    ]);
  });

  it('reports a missing required field at the nearest existing node (STR003)', () => {
    expect(structure(se('  hosts: [a.example.com]\n  ports:\n  - number: 443\n'))).toEqual([
      'error STR003 8:5-8:16 spec.ports[0].name missing required field "name"',
    ]);
    expect(structure('apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: ext\n')).toEqual([
      'error STR003 1:1-1:35 spec missing required field "spec"',
    ]);
  });

  it('reports a required field left empty as missing, and an optional one as dropped (STR010)', () => {
    const text = 'apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  selector:\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts:\n    tls:\n      mode:\n';
    expect(structure(text)).toEqual([
      'warning STR010 5:3-5:11 spec.selector "selector" has no value, so Kubernetes drops it',
      'error STR003 8:5-8:10 spec.servers[0].hosts required field "hosts" has no value',
      'warning STR010 10:7-10:11 spec.servers[0].tls.mode "mode" has no value, so Kubernetes drops it',
    ]);
  });

  it('reports out-of-range numbers with the allowed range (STR005)', () => {
    expect(structure(se('  hosts: [a.example.com]\n  endpoints:\n  - address: 10.0.0.1\n    weight: -1\n'))).toEqual([
      'error STR005 9:13-9:15 spec.endpoints[0].weight "weight" is out of range: -1 is not 0 to 4294967295',
    ]);
  });

  it('reports an apiVersion Istio does not serve (STR006)', () => {
    expect(structure(se('  hosts: [a.example.com]\n', 'apiVersion: networking.istio.io/v2\nkind: ServiceEntry\nmetadata:\n  name: ext\n'))).toEqual([
      'error STR006 1:13-1:35 apiVersion apiVersion "networking.istio.io/v2" is not served for ServiceEntry; expected one of networking.istio.io/v1, networking.istio.io/v1beta1, networking.istio.io/v1alpha3',
    ]);
  });

  it('reports a missing metadata.name (STR007) unless generateName is set', () => {
    expect(structure(se('  hosts: [a.example.com]\n', 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  namespace: egress\n'))).toEqual([
      'error STR007 3:1-3:9 metadata.name missing metadata.name: every ServiceEntry needs a name',
    ]);
    expect(structure(se('  hosts: [a.example.com]\n', 'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  generateName: ext-\n'))).toEqual([]);
  });

  it('reports two members of one oneOf group (STR008) at the second key', () => {
    const text = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: r}\nspec:\n  http:\n  - match:\n    - uri: {exact: /a, prefix: /b}\n';
    expect(structure(text)).toEqual([
      'error STR008 7:24-7:30 spec.http[0].match[0].uri.prefix only one of exact, prefix, regex may be set; found "exact" and "prefix"',
    ]);
  });

  it('reports list and string sizes outside the CRD bounds (STR009)', () => {
    expect(structure(se('  hosts: []\n'))).toEqual(['error STR009 6:3-6:8 spec.hosts "hosts" must have at least 1 item, has 0']);
    expect(structure(se(`  hosts: [a.example.com]\n  addresses: ["${'1'.repeat(65)}"]\n`))).toEqual([
      'error STR009 7:15-7:82 spec.addresses[0] "addresses[0]" must have at most 64 characters, has 65',
    ]);
  });

  it('reports a body that is not base64 (STR011)', () => {
    const text = 'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: r}\nspec:\n  http:\n  - directResponse:\n      status: 200\n      body: {bytes: "not base64!"}\n';
    expect(structure(text)).toEqual(['error STR011 8:21-8:34 spec.http[0].directResponse.body.bytes "bytes" must be base64-encoded']);
  });

  it('checks a resource inside a kind: List at its own position', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: networking.istio.io/v1\n  kind: DestinationRule\n  metadata: {name: d}\n  spec:\n    host: a\n    trafficPolicy:\n      loadBalancer: {simple: FASTEST}\n';
    expect(structure(text)).toEqual([
      'error STR002 10:30-10:37 spec.trafficPolicy.loadBalancer.simple value "FASTEST" is not one of UNSPECIFIED, LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST',
    ]);
  });

  it('links each finding to the kind reference', () => {
    const d = validateText(se('  hosts: 1\n')).diagnostics.find((x) => x.code === 'STR001');
    expect(d?.docsUrl).toBe('https://istio.io/latest/docs/reference/config/networking/service-entry/');
    expect(d?.resource).toEqual({ kind: 'ServiceEntry', name: 'ext' });
  });

  it('never throws on odd values', () => {
    for (const spec of ['  - a\n', '  42\n', '  hosts: {a: 1}\n', '  endpoints: [null, 1, [], {ports: {http: x}}]\n']) {
      expect(() => structure(se(spec))).not.toThrow();
      expect(structure(se(spec)).length).toBeGreaterThan(0);
    }
  });
});
