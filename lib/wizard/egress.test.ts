import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { analyzeText } from '../validate';
import { checkEgressInput, EGRESS_PROTOCOLS, EGRESS_TLS_MODES, generateEgress, nameFor, normalizeEgress, tlsModesFor, type EgressInput } from './egress';

const combos: EgressInput[] = EGRESS_PROTOCOLS.flatMap((protocol) =>
  EGRESS_TLS_MODES.flatMap((tls) =>
    (['gateway', 'direct'] as const).flatMap((route) =>
      (['v1', 'v1beta1', 'v1alpha3'] as const).map((apiVersion) => ({
        host: 'edition.cnn.com',
        port: protocol === 'HTTP' ? 80 : protocol === 'TCP' ? 27017 : 443,
        protocol,
        tls,
        route,
        namespace: 'egress',
        apiVersion,
        ...(protocol === 'TCP' ? { addresses: ['203.0.113.10'] } : {}),
      })),
    ),
  ),
);

describe('generateEgress', () => {
  it.each(combos.map((c) => [`${c.protocol} ${c.tls} ${c.route} ${c.apiVersion}`, c] as const))('%s: validates and analyzes clean', (_, input) => {
    expect(checkEgressInput(input)).toEqual([]);
    const { yaml, resources } = generateEgress(input);
    const { diagnostics } = analyzeText(yaml);
    // Info too: the Problems panel lists every severity, and the wizard's output should leave it empty.
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.path}: ${d.message}`)).toEqual([]);
    expect(parseAllDocuments(yaml).map((d) => d.toJS())).toEqual(resources);
  });

  it('routes through the egress gateway like Istio\'s task: mesh → gateway → external host', () => {
    const { resources } = generateEgress({ host: 'edition.cnn.com', port: 80, protocol: 'HTTP', tls: 'none', route: 'gateway', namespace: 'default' });
    expect(resources.map((r) => r.kind)).toEqual(['ServiceEntry', 'Gateway', 'DestinationRule', 'VirtualService']);
    const vs = resources[3] as { spec: { gateways: string[]; http: { match: { gateways: string[] }[]; route: { destination: { host: string; subset?: string } }[] }[] } };
    expect(vs.spec.gateways).toEqual(['edition-cnn-com-egressgateway', 'mesh']);
    expect(vs.spec.http.map((h) => [h.match[0]!.gateways[0], h.route[0]!.destination.host])).toEqual([
      ['mesh', 'istio-egressgateway.istio-system.svc.cluster.local'],
      ['edition-cnn-com-egressgateway', 'edition.cnn.com'],
    ]);
    expect(vs.spec.http[0]!.route[0]!.destination.subset).toBe((resources[2] as { spec: { subsets: { name: string }[] } }).spec.subsets[0]!.name);
  });

  it('passes TLS through by SNI, and originates TLS from plain HTTP on port 80', () => {
    const pass = generateEgress({ host: 'a.example.com', port: 443, protocol: 'HTTPS', tls: 'none', route: 'gateway', namespace: 'ns' });
    expect(pass.yaml).toContain('mode: PASSTHROUGH');
    expect(pass.yaml).toContain('sniHosts');
    const orig = generateEgress({ host: 'a.example.com', port: 80, protocol: 'HTTP', tls: 'origination', route: 'direct', namespace: 'ns' });
    const se = orig.resources[0] as { spec: { ports: { number: number; targetPort?: number }[] } };
    expect(se.spec.ports).toEqual([expect.objectContaining({ number: 80, targetPort: 443 }), expect.objectContaining({ number: 443 })]);
    expect(orig.resources[1]).toMatchObject({ kind: 'DestinationRule', spec: { host: 'a.example.com' } });
  });

  it('normalizes inconsistent choices and checks the input', () => {
    expect(tlsModesFor('TLS')).toEqual(['passthrough']);
    expect(normalizeEgress({ host: ' X.com ', port: 80, protocol: 'TCP', tls: 'origination', route: 'direct', namespace: 'd' })).toMatchObject({ host: 'x.com', tls: 'none' });
    expect(checkEgressInput({ host: '*.x.com', port: 0, protocol: 'TCP', tls: 'none', route: 'direct', namespace: 'Bad_NS', addresses: ['nope'] })).toHaveLength(4);
    expect(nameFor('API.Example.com')).toBe('api-example-com');
  });
});
