import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ISTIO_KINDS } from '../core/resource';
import { getDescriptor, KIND_DESCRIPTORS } from './registry';
import { unwrap } from './schema-walk';

const crds = JSON.parse(readFileSync(new URL('../../fixtures/istio-networking-crd-schemas.json', import.meta.url), 'utf8')) as Record<string, { required?: string[] }>;

describe('kind registry', () => {
  it.each(ISTIO_KINDS)('describes %s consistently with its schema and CRD', (kind) => {
    const d = getDescriptor(kind);
    expect(d.kind).toBe(kind);
    expect(d.schema.safeParse({ apiVersion: 'networking.istio.io/v1', kind: 'Other', metadata: { name: 'x' } }).success).toBe(false);
    // the spec inside the whole resource is the spec schema (a described copy of it)
    expect(Object.keys((unwrap(d.schema.shape.spec as z.ZodType) as z.ZodObject).shape)).toEqual(Object.keys(d.specSchema.shape));
    expect(d.specRequired).toBe((crds[`${kind}/v1`]!.required ?? []).includes('spec'));
    expect(d.specRequired).toBe(!(d.schema.shape.spec instanceof z.ZodOptional));
    expect(d.plural).toBe(`${kind.toLowerCase().replace(/([^aeiou])y$/, '$1ie')}s`);
    expect(d.docsUrl).toMatch(/^https:\/\/istio\.io\/latest\/docs\/reference\/config\/networking\/[a-z-]+\/$/);
    expect(d.description.length).toBeGreaterThan(20);
  });

  it('lists the five kinds with their kubectl short names', () => {
    expect(Object.keys(KIND_DESCRIPTORS)).toEqual([...ISTIO_KINDS]);
    expect(ISTIO_KINDS.map((k) => KIND_DESCRIPTORS[k].shortNames[0])).toEqual(['se', 'we', 'dr', 'vs', 'gw']);
  });
});
