import { describe, expect, it } from 'vitest';
import { suggestKey } from './suggest';

describe('suggestKey', () => {
  const known = ['hosts', 'addresses', 'ports', 'location', 'resolution', 'endpoints', 'workloadSelector', 'exportTo', 'subjectAltNames'];
  it('finds typos, snake_case and case slips', () => {
    expect(suggestKey('hots', known)).toBe('hosts');
    expect(suggestKey('prots', known)).toBe('ports');
    expect(suggestKey('resolutoin', known)).toBe('resolution');
    expect(suggestKey('workload_selector', known)).toBe('workloadSelector');
    expect(suggestKey('ExportTo', known)).toBe('exportTo');
  });
  it('suggests nothing when no field is close', () => {
    expect(suggestKey('websocketUpgrade', known)).toBeUndefined();
    expect(suggestKey('tls', known)).toBeUndefined();
    expect(suggestKey('x', [])).toBeUndefined();
  });
});
