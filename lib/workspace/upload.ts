/** Decode an uploaded file strictly: a file that is not UTF-8 text is refused, never turned into U+FFFD soup. */

export type DecodedUpload = { ok: true; text: string } | { ok: false; reason: string };

/** Bytes → text; refuses NUL bytes (binary) and invalid UTF-8 (another encoding, UTF-16). Drops a UTF-8 BOM. */
export function decodeUpload(bytes: Uint8Array): DecodedUpload {
  if (bytes.includes(0)) return { ok: false, reason: 'not UTF-8 text (binary data)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not UTF-8 text (another encoding?)' };
  }
}
