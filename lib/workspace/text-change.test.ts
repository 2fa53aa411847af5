import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { applyTextChange, diffText } from './text-change';

describe('diffText', () => {
  test('finds the single changed span', () => {
    expect(diffText('resolution: DNS\n', 'resolution: STATIC\n')).toEqual({ start: 12, end: 15, text: 'STATIC' });
  });
  test('returns null when nothing changed', () => {
    expect(diffText('a', 'a')).toBeNull();
  });
  test('does not split a surrogate pair', () => {
    const c = diffText('x😀', 'x😃')!;
    expect(c.start).toBe(1);
    expect(c.text).toBe('😃');
  });
  test('applying the change to the old text gives the new text (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const c = diffText(a, b);
        expect(c ? applyTextChange(a, c) : a).toBe(b);
      }),
    );
  });
});
