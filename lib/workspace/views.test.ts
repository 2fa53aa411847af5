import { describe, expect, test } from 'vitest';
import { analyzeForStudio } from './analysis';
import type { Diagnostic } from '../core/diagnostic';
import { describeRef, filterProblems, groupResources, resourceLabel } from './views';

const text = [
  'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: b\n  namespace: egress\n',
  'apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\n',
  'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: a\n',
].join('---\n');

const diag = (over: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  code: 'T1',
  message: 'm',
  path: '',
  range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
  document: 0,
  source: 'rule',
  ...over,
});

describe('groupResources', () => {
  test('groups by kind in model order, keeps document order, counts badges', () => {
    const { resources } = analyzeForStudio(text, 0);
    const diagnostics = [
      diag({ document: 0, resource: { kind: 'ServiceEntry', name: 'b', namespace: 'egress' } }),
      diag({ document: 0, severity: 'warning', resource: { kind: 'ServiceEntry', name: 'b', namespace: 'egress' } }),
      diag({ document: 2, source: 'yaml' }),
      diag({ document: 1, severity: 'info', resource: { kind: 'Gateway', name: 'gw' } }),
    ];
    const groups = groupResources(resources, diagnostics);
    expect(groups.map((g) => [g.kind, g.rows.map((r) => [r.label, r.errors, r.warnings])])).toEqual([
      ['ServiceEntry', [['egress/b', 1, 1], ['a', 1, 0]]],
      ['Gateway', [['gw', 0, 0]]],
    ]);
  });
});

describe('labels and filters', () => {
  test('labels', () => {
    expect(resourceLabel({ name: '' })).toBe('(unnamed)');
    expect(describeRef({ kind: 'Gateway', name: 'gw', namespace: 'istio-system' })).toBe('Gateway istio-system/gw');
    expect(describeRef(undefined)).toBe('');
  });
  test('severity filter', () => {
    const ds = [diag({ severity: 'error' }), diag({ severity: 'warning' }), diag({ severity: 'info' })];
    expect(filterProblems(ds, { error: false, warning: true, info: true }).map((d) => d.severity)).toEqual(['warning', 'info']);
  });
});
