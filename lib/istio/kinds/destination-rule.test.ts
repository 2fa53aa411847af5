import { describe, expect, expectTypeOf, it } from 'vitest';
import { DestinationRuleSchema, DestinationRuleSpecSchema, type DestinationRuleSpec } from './destination-rule';
import { fixtureDocs } from './test-fixtures';

const codes = (v: unknown) => DestinationRuleSpecSchema.safeParse(v).error?.issues.map((i) => `${i.code} ${i.path.join('.')}`) ?? [];
const lb = (loadBalancer: unknown) => codes({ host: 'r', trafficPolicy: { loadBalancer } });

describe('DestinationRuleSchema', () => {
  it('accepts every DestinationRule of the fixtures', () => {
    const docs = fixtureDocs('DestinationRule');
    expect(docs.length).toBeGreaterThan(80);
    expect(docs.filter(([, d]) => !DestinationRuleSchema.safeParse(d).success).map(([f]) => f)).toEqual([]);
  });

  it('requires host, subset names and the tunnel target', () => {
    expect(codes({})).toEqual(['invalid_type host']);
    expect(codes({ host: 'r', subsets: [{ labels: { version: 'v1' } }] })).toEqual(['invalid_type subsets.0.name']);
    expect(codes({ host: 'r', trafficPolicy: { tunnel: { targetHost: 'proxy' } } })).toEqual(['invalid_type trafficPolicy.tunnel.targetPort']);
  });

  it('allows one load-balancer choice, one hash key and one hash algorithm (oneOf)', () => {
    expect(lb({ simple: 'ROUND_ROBIN' })).toEqual([]);
    expect(lb({ simple: 'ROUND_ROBIN', consistentHash: { useSourceIp: true } })).toEqual(['custom trafficPolicy.loadBalancer.consistentHash']);
    expect(lb({ consistentHash: { httpHeaderName: 'x-user', useSourceIp: true } })).toEqual(['custom trafficPolicy.loadBalancer.consistentHash.useSourceIp']);
    expect(lb({ consistentHash: { useSourceIp: true, ringHash: {}, maglev: {} } })).toEqual(['custom trafficPolicy.loadBalancer.consistentHash.maglev']);
    expect(lb({ simple: 'FASTEST' })).toEqual(['invalid_value trafficPolicy.loadBalancer.simple']);
  });

  it('checks numeric bounds deep in port-level settings of subsets', () => {
    const policy = { portLevelSettings: [{ port: { number: 80 }, outlierDetection: { outlierDetectionHttpErrorCodes: [503, 600] } }] };
    expect(codes({ host: 'r', subsets: [{ name: 'v1', trafficPolicy: policy }] })).toEqual([
      'too_big subsets.0.trafficPolicy.portLevelSettings.0.outlierDetection.outlierDetectionHttpErrorCodes.1',
    ]);
    expect(lb({ warmup: { duration: '60s', minimumPercent: 101 } })).toEqual(['too_big trafficPolicy.loadBalancer.warmup.minimumPercent']);
  });

  it('accepts null for protobuf wrapper fields (nullable in the CRD) only', () => {
    expect(codes({ host: 'r', trafficPolicy: { tls: { mode: 'SIMPLE', insecureSkipVerify: null } } })).toEqual([]);
    expect(codes({ host: 'r', trafficPolicy: { tls: { mode: null } } })).toEqual(['invalid_value trafficPolicy.tls.mode']);
  });

  it('infers the spec type', () => {
    expectTypeOf<NonNullable<NonNullable<DestinationRuleSpec['trafficPolicy']>['tls']>['mode']>().toEqualTypeOf<
      'DISABLE' | 'SIMPLE' | 'MUTUAL' | 'ISTIO_MUTUAL' | undefined
    >();
  });
});
