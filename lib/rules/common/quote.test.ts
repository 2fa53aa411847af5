import { describe, expect, it } from 'vitest';
import { byteLength } from './quote';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('byteLength', () => {
  it('counts UTF-8 bytes like TextEncoder, lone surrogates as U+FFFD', () => {
    for (const s of ['', 'abc', 'é', '\u07ff', '\u0800', '€', '\uffff', '😀', 'a😀b', '\ud800', '\udc00x', '\ud800\ud800', 'x\udbff', '\udc00\ud800']) {
      expect(byteLength(s), JSON.stringify(s)).toBe(utf8(s));
    }
  });
  it('agrees with TextEncoder on random UTF-16', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 5000; k++) {
      let s = '';
      for (let j = 0; j < 8; j++) s += String.fromCharCode(next() % 0x10000);
      expect(byteLength(s)).toBe(utf8(s));
    }
  });
});
