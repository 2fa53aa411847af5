import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { API_VERSIONS } from '../core/resource';
import { resourceArb } from '../testing/arbitraries';
import { convertApiVersion } from './versions';

const dataOf = (text: string) => parseAllDocuments(text).map((d) => d.toJS() as Record<string, unknown>);

describe('version conversion properties', () => {
  it('converting to any version and back restores the text byte for byte, and only apiVersion changes', () => {
    const style = fc.constantFrom('block', 'flow', 'commented');
    fc.assert(
      fc.property(fc.array(resourceArb(), { minLength: 1, maxLength: 3 }), style, fc.constantFrom(...API_VERSIONS), (resources, s, target) => {
        const text = resources
          .map((r) => (s === 'flow' ? `${JSON.stringify(r)}\n` : s === 'commented' ? `# ${r.kind}\n${stringify(r).replace(/\n/, '  # first line\n')}` : stringify(r)))
          .join('---\n');
        const there = convertApiVersion(text, target);
        expect(there.ok).toBe(true);
        expect(there.text.split('\n').length).toBe(text.split('\n').length);
        const before = dataOf(text);
        const after = dataOf(there.text);
        expect(after.map((d) => d.apiVersion)).toEqual(before.map(() => `networking.istio.io/${target}`));
        const withoutVersion = (d: Record<string, unknown>) => ({ ...d, apiVersion: undefined });
        expect(after.map(withoutVersion)).toEqual(before.map(withoutVersion));

        // Back to each document's own version: the original text, byte for byte.
        const versions = new Set(resources.map((r) => r.apiVersion));
        if (versions.size === 1) expect(convertApiVersion(there.text, [...versions][0]!.split('/')[1] as (typeof API_VERSIONS)[number]).text).toBe(text);
      }),
      { numRuns: 150 },
    );
  });
});
