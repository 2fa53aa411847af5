import { describe, expect, expectTypeOf, it } from 'vitest';
import { fixtureDocs } from './test-fixtures';
import { WorkloadEntrySchema, WorkloadEntrySpecSchema, type WorkloadEntrySpec } from './workload-entry';

const codes = (v: unknown) => WorkloadEntrySpecSchema.safeParse(v).error?.issues.map((i) => `${i.code} ${i.path.join('.')}`) ?? [];

describe('WorkloadEntrySchema', () => {
  it('accepts every WorkloadEntry of the fixtures', () => {
    const docs = fixtureDocs('WorkloadEntry');
    expect(docs.length).toBeGreaterThanOrEqual(6);
    expect(docs.filter(([, d]) => !WorkloadEntrySchema.safeParse(d).success).map(([f]) => f)).toEqual([]);
  });

  it('requires spec in the whole resource', () => {
    expect(WorkloadEntrySchema.safeParse({ apiVersion: 'networking.istio.io/v1', kind: 'WorkloadEntry', metadata: { name: 'vm' } }).success).toBe(false);
  });

  it('checks lengths, uint32 ports and weight', () => {
    expect(codes({ address: 'x'.repeat(257) })).toEqual(['too_big address']);
    expect(codes({ address: '10.0.0.1', ports: { http: '8080' }, weight: 4294967296 })).toEqual(['invalid_type ports.http', 'too_big weight']);
    expect(codes({ address: '10.0.0.1', labels: Object.fromEntries(Array.from({ length: 257 }, (_, i) => [`k${i}`, 'v'])) })).toEqual(['too_big labels']);
  });

  it('infers the spec type', () => {
    expectTypeOf<WorkloadEntrySpec['ports']>().toEqualTypeOf<Record<string, number> | undefined>();
  });
});
