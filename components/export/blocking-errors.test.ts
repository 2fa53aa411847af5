import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '@/lib/core/diagnostic';
import { blockingErrors } from './blocking-errors';

const d = (code: string, document: number, severity: Severity = 'error'): Diagnostic => ({
  severity,
  code,
  message: code,
  path: '',
  range: { line: document + 1, column: 1, endLine: document + 1, endColumn: 2 },
  document,
  source: 'rule',
});

describe('blockingErrors', () => {
  const inScope = (i: number) => i !== 2;

  it('takes the store errors of documents in scope, and the export errors only it knows', () => {
    const store = [d('SE001', 0), d('SE002', 2), d('SE003', 1, 'warning')];
    const exported = [d('SE001', 0), d('EXP003', 0), d('VER003', 1, 'warning')];
    expect(blockingErrors(store, exported, inScope).map((x) => x.code)).toEqual(['EXP003', 'SE001']);
  });

  it('falls back to the export validation before the first analysis', () => {
    expect(blockingErrors(null, [d('SE001', 0), d('EXP004', 0)], inScope).map((x) => x.code)).toEqual(['EXP004', 'SE001']);
  });

  it('is empty when nothing is wrong', () => {
    expect(blockingErrors([], [d('X', 0, 'info')], inScope)).toEqual([]);
  });
});
