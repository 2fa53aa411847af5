import { describe, expect, it } from 'vitest';
import { estimateDepth, nestingDepth, tooDeep } from './depth';

describe('nesting depth guard', () => {
  it('measures collection depth exactly, block and flow', () => {
    expect(nestingDepth('a: 1\n')).toBe(1);
    expect(nestingDepth('a:\n  b:\n  - [1, {c: d}]\n')).toBe(5);
    expect(nestingDepth('---\nx\n---\n- - - a\n')).toBe(3);
  });

  it('never estimates below the real depth of ordinary YAML', () => {
    for (const text of ['a:\n  b:\n  - [1, {c: d}]\n', '- - - a\n', 'k: {a: [b, [c]]}\n', 'a:\n- b:\n  - c:\n    - d\n']) {
      expect(estimateDepth(text)).toBeGreaterThanOrEqual(nestingDepth(text));
    }
  });

  it('flags only really deep documents, quickly', () => {
    expect(tooDeep(`${'- '.repeat(300)}a\n`)).toBe(true);
    expect(tooDeep(`x: "${'{'.repeat(1000)}"\n`)).toBe(false);
    const started = Date.now();
    expect(tooDeep(`${'['.repeat(5_000_000)}\n`)).toBe(true);
    expect(tooDeep(`${'- '.repeat(1_000_000)}a\n`)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('does not carry unbalanced brackets in strings across documents', () => {
    const doc = `regex: "${'['.repeat(100)}"\n`;
    expect(estimateDepth([doc, doc, doc, doc].join('---\n'))).toBeLessThan(110);
  });
});
