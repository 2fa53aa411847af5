import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '@/lib/core/diagnostic';
import { toMarker } from './markers';

const sev = { Error: 8, Warning: 4, Info: 2 } as const;
const d: Diagnostic = {
  severity: 'warning',
  code: 'SE012',
  message: 'resolution must be one of NONE, STATIC, DNS, DNS_ROUND_ROBIN',
  path: 'spec.resolution',
  range: { line: 15, column: 15, endLine: 15, endColumn: 20 },
  document: 0,
  source: 'rule',
  istioCode: 'IST0101',
};

describe('toMarker', () => {
  test('keeps the range, maps severity, code and path', () => {
    expect(toMarker(d, sev)).toEqual({
      severity: 4,
      message: 'resolution must be one of NONE, STATIC, DNS, DNS_ROUND_ROBIN (spec.resolution)',
      code: 'SE012',
      source: 'Entryway · IST0101',
      startLineNumber: 15,
      startColumn: 15,
      endLineNumber: 15,
      endColumn: 20,
    });
  });
  test('an empty range still marks one character', () => {
    const m = toMarker({ ...d, severity: 'error', path: '', range: { line: 3, column: 4, endLine: 3, endColumn: 4 } }, sev);
    expect([m.severity, m.message, m.endColumn]).toEqual([8, d.message, 5]);
  });
});
