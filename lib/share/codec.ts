/**
 * Encode a workspace into a URL fragment token and back: UTF-8 → zlib (fflate) → base64url. The token lives in
 * the fragment (`#w=…`), which browsers never send to a server. Decoding treats the token as hostile: strict
 * alphabet, zlib header and Adler-32 trailer checked, output capped while inflating, and the result must be text.
 */
import { Inflate, strToU8, zlibSync } from 'fflate';
import { createAdler32 } from './adler32';
import { fromBase64Url, toBase64Url } from './base64url';
import { formatSize, INFLATE_STEP, MAX_DECOMPRESSED_BYTES, MAX_FRAGMENT_LENGTH, SHARE_KEY } from './limits';

export { SHARE_KEY } from './limits';

export type EncodeResult = { ok: true; token: string; fragmentLength: number } | { ok: false; reason: 'too-large'; message: string; fragmentLength?: number };

export type DecodeFailure = 'too-long' | 'not-base64' | 'not-zlib' | 'corrupt' | 'too-large' | 'not-text';
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: DecodeFailure; message: string };

const fail = (reason: DecodeFailure, message: string): DecodeResult => ({ ok: false, reason, message });

/** Compress `text` into a share token, or explain why it does not fit in a link. Never throws. */
export function encodeWorkspace(text: string, maxFragment = MAX_FRAGMENT_LENGTH): EncodeResult {
  const bytes = strToU8(text);
  if (bytes.length > MAX_DECOMPRESSED_BYTES) {
    return { ok: false, reason: 'too-large', message: `The workspace (${formatSize(bytes.length)}) is larger than a link can carry (${formatSize(MAX_DECOMPRESSED_BYTES)}). Download it instead.` };
  }
  const token = toBase64Url(zlibSync(bytes, { level: 9, mem: 8 }));
  const fragmentLength = SHARE_KEY.length + 1 + token.length;
  if (fragmentLength > maxFragment) {
    const message = `The workspace compresses to a ${formatSize(fragmentLength)} link; share links are limited to ${formatSize(maxFragment)}. Download or export it instead.`;
    return { ok: false, reason: 'too-large', message, fragmentLength };
  }
  return { ok: true, token, fragmentLength };
}

/** Inflate a raw deflate body step by step, stopping as soon as the output passes `cap` bytes. */
function inflateCapped(body: Uint8Array, cap: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-large' } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > cap) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < body.length && !over; i += INFLATE_STEP) {
      const end = Math.min(i + INFLATE_STEP, body.length);
      inflater.push(body.subarray(i, end), end === body.length);
    }
    if (body.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return { ok: false, reason: over ? 'too-large' : 'corrupt' };
  }
  if (over) return { ok: false, reason: 'too-large' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}

// NOTE: YAML 1.2 c-printable (https://yaml.org/spec/1.2.2/#51-character-set) excludes C0 controls other than
// tab, LF and CR, and DEL; such a payload is not a workspace someone shared.
const NON_TEXT = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/** Decode a share token back to the workspace text, or say why it is rejected. Never throws. */
export function decodeWorkspace(token: string, cap = MAX_DECOMPRESSED_BYTES): DecodeResult {
  if (SHARE_KEY.length + 1 + token.length > MAX_FRAGMENT_LENGTH) return fail('too-long', `The link is longer than ${formatSize(MAX_FRAGMENT_LENGTH)}, more than Entryway ever writes.`);
  const bytes = fromBase64Url(token);
  if (!bytes) return fail('not-base64', 'The link is damaged: its data is not valid base64url (was it cut or edited?).');
  const cmf = bytes[0] ?? 0;
  const flg = bytes[1] ?? 0;
  // RFC 1950 §2.2: method 8 (deflate), header checksum a multiple of 31, no preset dictionary.
  if (bytes.length < 6 || (cmf & 0x0f) !== 8 || (cmf * 256 + flg) % 31 !== 0 || (flg & 0x20) !== 0) {
    return fail('not-zlib', 'The link is damaged: its data is not a compressed workspace.');
  }
  const inflated = inflateCapped(bytes.subarray(2, bytes.length - 4), cap);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? fail('too-large', `The link expands to more than ${formatSize(cap)}; it was rejected unread.`)
      : fail('corrupt', 'The link is damaged: its compressed data is corrupt or cut short.');
  }
  const adler = createAdler32();
  adler.update(inflated.bytes);
  const t = bytes.length - 4;
  const expected = ((bytes[t]! << 24) | (bytes[t + 1]! << 16) | (bytes[t + 2]! << 8) | bytes[t + 3]!) >>> 0;
  if (adler.value() !== expected) return fail('corrupt', 'The link is damaged: its checksum does not match.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return fail('not-text', 'The link does not hold text (invalid UTF-8).');
  }
  if (NON_TEXT.test(text)) return fail('not-text', 'The link holds control characters; it is not a YAML workspace.');
  return { ok: true, text };
}
