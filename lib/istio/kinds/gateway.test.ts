import { describe, expect, expectTypeOf, it } from 'vitest';
import { GatewaySchema, GatewaySpecSchema, type GatewaySpec } from './gateway';
import { fixtureDocs } from './test-fixtures';

const codes = (v: unknown) => GatewaySpecSchema.safeParse(v).error?.issues.map((i) => `${i.code} ${i.path.join('.')}`) ?? [];
const server = (s: Record<string, unknown>) => codes({ servers: [{ port: { number: 443, name: 'https', protocol: 'HTTPS' }, hosts: ['*'], ...s }] });

describe('GatewaySchema', () => {
  it('accepts every Gateway of the fixtures', () => {
    const docs = fixtureDocs('Gateway');
    expect(docs.length).toBeGreaterThan(40);
    expect(docs.filter(([, d]) => !GatewaySchema.safeParse(d).success).map(([f]) => f)).toEqual([]);
  });

  it('requires port (number, protocol, name) and hosts of each server', () => {
    expect(codes({ servers: [{ hosts: ['*'] }] })).toEqual(['invalid_type servers.0.port']);
    expect(codes({ servers: [{ port: { number: 80 } }] })).toEqual([
      'invalid_type servers.0.port.protocol',
      'invalid_type servers.0.port.name',
      'invalid_type servers.0.hosts',
    ]);
  });

  it('checks TLS modes, protocol versions and certificate list sizes', () => {
    expect(server({ tls: { mode: 'SIMPLE', credentialName: 'cert', minProtocolVersion: 'TLSV1_2' } })).toEqual([]);
    expect(server({ tls: { mode: 'TERMINATE' } })).toEqual(['invalid_value servers.0.tls.mode']);
    expect(server({ tls: { credentialNames: ['a', 'b', 'c'] } })).toEqual(['too_big servers.0.tls.credentialNames']);
    expect(server({ tls: { tlsCertificates: [] } })).toEqual(['too_small servers.0.tls.tlsCertificates']);
  });

  it('lets spec be omitted, as the CRD does', () => {
    expect(GatewaySchema.safeParse({ apiVersion: 'networking.istio.io/v1beta1', kind: 'Gateway', metadata: { name: 'g' } }).success).toBe(true);
  });

  it('infers the spec type', () => {
    expectTypeOf<GatewaySpec['selector']>().toEqualTypeOf<Record<string, string> | undefined>();
  });
});
