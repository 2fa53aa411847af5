import { describe, expect, test } from 'vitest';
import { parseWorkspace } from '../yaml/parse';
import { formatWorkspace } from './format';

describe('formatWorkspace', () => {
  test('normalizes indentation and keeps comments, key order and every document', () => {
    const input = '# head\nkind: Gateway\nmetadata:\n   name: gw   # the name\nspec:\n servers:\n - port: {number: 80}\n---\nkind: ServiceEntry\n';
    const r = formatWorkspace(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toContain('# head');
    expect(r.text).toContain('name: gw # the name');
    expect(r.text).toContain('  servers:\n    - port: { number: 80 }');
    expect(parseWorkspace(r.text).documents.map((d) => d.value)).toEqual(parseWorkspace(input).documents.map((d) => d.value));
    expect(formatWorkspace(r.text)).toEqual(r);
  });
  test('refuses to format text with a YAML error', () => {
    const r = formatWorkspace('a: [1\n');
    expect(r.ok).toBe(false);
  });
});
