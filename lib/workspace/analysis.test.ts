import { describe, expect, test, vi } from 'vitest';
import * as validate from '../validate';
import { analyzeForStudio, hasYamlParseError } from './analysis';

describe('analyzeForStudio', () => {
  test('returns plain, cloneable data with resources and the version', () => {
    const r = analyzeForStudio('apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: gw\n', 7);
    expect(r.version).toBe(7);
    expect(r.resources.map((x) => x.name)).toEqual(['gw']);
    expect(r.documentCount).toBe(1);
    expect(r.yamlBroken).toBe(false);
    expect(structuredClone(r)).toEqual(r);
  });
  test('a syntax error marks the text broken', () => {
    const r = analyzeForStudio('a: b: c\n', 1);
    expect(r.yamlBroken).toBe(true);
    expect(r.diagnostics[0]?.range.line).toBe(1);
  });
  test('a non-Istio document is not a parse error', () => {
    expect(hasYamlParseError(analyzeForStudio('apiVersion: v1\nkind: ConfigMap\n', 1).diagnostics)).toBe(false);
  });
  test('a validator that throws becomes a located diagnostic', () => {
    const spy = vi.spyOn(validate, 'analyzeText').mockImplementation(() => {
      throw new Error('boom');
    });
    const r = analyzeForStudio('x: 1\n', 3);
    spy.mockRestore();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'EW000', severity: 'error', range: { line: 1, column: 1 } });
    expect(r.diagnostics[0]!.message).toContain('boom');
  });
});
