import { describe, expect, expectTypeOf, it } from 'vitest';
import { ServiceEntrySchema, ServiceEntrySpecSchema, type ServiceEntry, type ServiceEntrySpec } from './service-entry';
import { fixtureDocs } from './test-fixtures';

const codes = (v: unknown) => ServiceEntrySpecSchema.safeParse(v).error?.issues.map((i) => `${i.code} ${i.path.join('.')}`) ?? [];

describe('ServiceEntrySchema', () => {
  it('accepts every ServiceEntry of the examples and real-world configs', () => {
    const docs = fixtureDocs('ServiceEntry');
    expect(docs.length).toBeGreaterThan(70);
    const failures = docs.filter(([, d]) => !ServiceEntrySchema.safeParse(d).success).map(([f]) => f);
    expect(failures).toEqual([]);
  });

  it('requires hosts (1 to 256) and port name and number', () => {
    expect(codes({})).toEqual(['invalid_type hosts']);
    expect(codes({ hosts: [] })).toEqual(['too_small hosts']);
    expect(codes({ hosts: Array.from({ length: 257 }, (_, i) => `h${i}.example.com`) })).toEqual(['too_big hosts']);
    expect(codes({ hosts: ['a'], ports: [{ number: 443 }] })).toEqual(['invalid_type ports.0.name']);
  });

  it('checks enums, uint32 ports and unknown fields', () => {
    expect(codes({ hosts: ['a'], resolution: 'dns', location: 'EXTERNAL' })).toEqual(['invalid_value location', 'invalid_value resolution']);
    expect(codes({ hosts: ['a'], ports: [{ name: 'p', number: -1, targetPort: 1.5 }] })).toEqual(['too_small ports.0.number', 'invalid_type ports.0.targetPort']);
    expect(codes({ hosts: ['a'], endpoints: [{ adress: '1.1.1.1' }] })).toEqual(['unrecognized_keys endpoints.0']);
  });

  it('bounds endpoint label and port maps (maxProperties)', () => {
    const ports = Object.fromEntries(Array.from({ length: 129 }, (_, i) => [`p${i}`, 1000 + i]));
    expect(codes({ hosts: ['a'], endpoints: [{ address: '1.1.1.1', ports }] })).toEqual(['too_big endpoints.0.ports']);
  });

  it('infers the spec type', () => {
    expectTypeOf<ServiceEntrySpec['hosts']>().toEqualTypeOf<string[]>();
    expectTypeOf<ServiceEntrySpec['resolution']>().toEqualTypeOf<'NONE' | 'STATIC' | 'DNS' | 'DNS_ROUND_ROBIN' | 'DYNAMIC_DNS' | undefined>();
    expectTypeOf<ServiceEntry['kind']>().toEqualTypeOf<'ServiceEntry'>();
  });
});
