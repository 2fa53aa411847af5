import { describe, expect, it } from 'vitest';
import { formatSummary } from './format';

describe('formatSummary', () => {
  it('says 1 error, not 1 errors', () => {
    expect(formatSummary({ errors: 1, warnings: 1, infos: 1, resources: 1 })).toBe('1 error, 1 warning, 1 info in 1 resource');
  });

  it('keeps the plural for 0 and for many', () => {
    expect(formatSummary({ errors: 0, warnings: 2, infos: 0, resources: 14 })).toBe('0 errors, 2 warnings, 0 infos in 14 resources');
  });
});
