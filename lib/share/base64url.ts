/** Base64url (RFC 4648 §5, no padding) for the share fragment: safe in a URL without percent-encoding. */

const CHUNK = 0x8000;

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // NOTE: String.fromCharCode(...bytes) overflows the argument limit on large arrays; go in chunks.
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Base64url → bytes, or null when the text has a character outside the alphabet or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
