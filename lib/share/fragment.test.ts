import { describe, expect, it } from 'vitest';
import { shareTokenFromHash, shareUrl, withoutShareToken } from './fragment';

describe('share fragment', () => {
  it('reads the token with or without # and among other keys', () => {
    expect(shareTokenFromHash('#w=abc-_1')).toBe('abc-_1');
    expect(shareTokenFromHash('x=1&w=abc')).toBe('abc');
    expect(shareTokenFromHash('#ww=abc')).toBeNull();
    expect(shareTokenFromHash('')).toBeNull();
  });

  it('keeps a damaged token as written (no percent-decoding)', () => {
    expect(shareTokenFromHash('#w=a%20b+c')).toBe('a%20b+c');
  });

  it('builds a link on the current address, replacing any fragment', () => {
    expect(shareUrl('https://h/app/?x=1#old', 'T')).toBe('https://h/app/?x=1#w=T');
    expect(shareUrl('http://127.0.0.1:3000/', 'T')).toBe('http://127.0.0.1:3000/#w=T');
  });

  it('drops only the token from a fragment', () => {
    expect(withoutShareToken('#w=abc')).toBe('');
    expect(withoutShareToken('#a=1&w=abc')).toBe('#a=1');
  });
});
