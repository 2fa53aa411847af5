import { describe, expect, it } from 'vitest';
import { ISTIO_KINDS } from '../core/resource';
import { getKindInfo, KIND_INFO } from './descriptors';
import { KIND_DESCRIPTORS } from './registry';

describe('schema-free kind table', () => {
  it.each(ISTIO_KINDS)('matches the zod registry for %s', (kind) => {
    const { kind: k, plural, shortNames, docsUrl, description } = KIND_DESCRIPTORS[kind];
    expect(getKindInfo(kind)).toEqual({ kind: k, plural, shortNames, docsUrl, description });
  });

  it('lists the kinds in the registry order', () => {
    expect(Object.keys(KIND_INFO)).toEqual(Object.keys(KIND_DESCRIPTORS));
    expect(Object.keys(KIND_INFO)).toEqual([...ISTIO_KINDS]);
  });
});
