import { describe, expect, it } from 'vitest';
import { zlibSync } from 'fflate';
import { listExamples } from '../examples';
import { createAdler32 } from './adler32';
import { fromBase64Url, toBase64Url } from './base64url';
import { decodeWorkspace, encodeWorkspace } from './codec';
import { MAX_DECOMPRESSED_BYTES, MAX_FRAGMENT_LENGTH } from './limits';

const token = (text: string) => {
  const r = encodeWorkspace(text);
  if (!r.ok) throw new Error(r.message);
  return r.token;
};
const tokenOfBytes = (bytes: Uint8Array) => toBase64Url(zlibSync(bytes));

/** A deterministic pseudo-random generator, so incompressible inputs are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('share codec', () => {
  it.each(listExamples().map((s) => [s.id, s.texts.v1beta1] as const))('round-trips seed %s, compressed', (_id, text) => {
    const t = token(text);
    expect(decodeWorkspace(t)).toEqual({ ok: true, text });
    if (text.length > 1000) expect(t.length).toBeLessThan(text.length);
    expect(t).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('round-trips the empty text, non-ASCII text, CRLF and tabs', () => {
    for (const text of ['', 'metadata:\n  name: café-☃-𝄞 # 注释\r\n\tx: y\n']) expect(decodeWorkspace(token(text))).toEqual({ ok: true, text });
  });

  it('refuses a workspace whose link would pass the limit, and says the limit', () => {
    const next = rng(7);
    const text = Array.from({ length: 80_000 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(next() * 36)]).join('');
    const r = encodeWorkspace(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fragmentLength).toBeGreaterThan(MAX_FRAGMENT_LENGTH);
      expect(r.message).toContain('64 KB');
    }
  });

  it('rejects characters outside base64url and impossible lengths', () => {
    const t = token('kind: ServiceEntry\n');
    expect(decodeWorkspace(`${t.slice(0, 5)}%${t.slice(6)}`)).toMatchObject({ ok: false, reason: 'not-base64' });
    expect(decodeWorkspace(`${t}+/`)).toMatchObject({ ok: false, reason: 'not-base64' });
    expect(decodeWorkspace('abcde')).toMatchObject({ ok: false, reason: 'not-base64' });
  });

  it('rejects data that is not zlib', () => {
    expect(decodeWorkspace(toBase64Url(new TextEncoder().encode('kind: ServiceEntry\nmetadata: {}\n')))).toMatchObject({ ok: false, reason: 'not-zlib' });
    expect(decodeWorkspace('')).toMatchObject({ ok: false, reason: 'not-zlib' });
  });

  it('rejects a truncated link', () => {
    const t = token(listExamples()[0]!.texts.v1alpha3);
    for (const cut of [8, Math.floor(t.length / 2), t.length - 3]) expect(decodeWorkspace(t.slice(0, cut - (cut % 4 === 1 ? 1 : 0))).ok).toBe(false);
  });

  it('never yields a different text when a byte is flipped (inflate error or checksum)', () => {
    const text = listExamples()[3]!.texts.v1beta1;
    const bytes = fromBase64Url(token(text))!;
    let rejected = 0;
    for (let i = 0; i < bytes.length; i++) {
      for (const bit of [0x01, 0x10, 0x80]) {
        const copy = bytes.slice();
        copy[i] = copy[i]! ^ bit;
        const r = decodeWorkspace(toBase64Url(copy));
        // NOTE: a flip in the final byte's padding bits leaves the data intact; that is the only way to pass.
        if (r.ok) expect(r.text, `byte ${i}`).toBe(text);
        else rejected++;
      }
    }
    expect(rejected).toBeGreaterThan(bytes.length * 3 - 6);
  });

  it('stops a decompression bomb at the cap without inflating it all', () => {
    const bomb = tokenOfBytes(new Uint8Array(MAX_DECOMPRESSED_BYTES + 1024 * 1024).fill(0x61));
    expect(bomb.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    const started = performance.now();
    const r = decodeWorkspace(bomb);
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    if (!r.ok) expect(r.message).toContain('20 MB');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(decodeWorkspace(tokenOfBytes(new Uint8Array(2000).fill(0x61)), 1000)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(decodeWorkspace(tokenOfBytes(new Uint8Array(1000).fill(0x61)), 1000)).toEqual({ ok: true, text: 'a'.repeat(1000) });
  });

  it('rejects payloads that are not text', () => {
    expect(decodeWorkspace(tokenOfBytes(new Uint8Array([0x6b, 0xff, 0xfe, 0x0a])))).toMatchObject({ ok: false, reason: 'not-text' });
    expect(decodeWorkspace(tokenOfBytes(new TextEncoder().encode('kind: a\u0000b\n')))).toMatchObject({ ok: false, reason: 'not-text' });
  });

  it('rejects a link longer than any Entryway writes', () => {
    expect(decodeWorkspace('A'.repeat(MAX_FRAGMENT_LENGTH))).toMatchObject({ ok: false, reason: 'too-long' });
  });
});

describe('adler32', () => {
  it('matches the RFC 1950 reference value and the trailer fflate writes', () => {
    const a = createAdler32();
    a.update(new TextEncoder().encode('Wikipedia'));
    expect(a.value()).toBe(0x11e60398);
    const next = rng(1);
    const data = Uint8Array.from({ length: 20_000 }, () => Math.floor(next() * 256));
    const z = zlibSync(data);
    const b = createAdler32();
    b.update(data.subarray(0, 7000));
    b.update(data.subarray(7000));
    expect(b.value()).toBe(new DataView(z.buffer, z.byteOffset + z.length - 4).getUint32(0));
  });
});
