/** Size limits of share links, shared by the encoder, the decoder and the messages that cite them. */

/** The fragment key of a share link: `#w=<token>`. Here, not in codec.ts, so reading a fragment needs no fflate. */
export const SHARE_KEY = 'w';

/**
 * Longest fragment (`w=…`) a share link may carry: 64 KiB. Browsers accept longer URLs (Chromium ~2 MB), but
 * chat tools, issue trackers and mail clients cut links far sooner, and the address bar becomes unusable.
 */
export const MAX_FRAGMENT_LENGTH = 64 * 1024;

/** Largest workspace a link may expand to: 20 MB of UTF-8. Caps a crafted "decompression bomb". */
export const MAX_DECOMPRESSED_BYTES = 20 * 1024 * 1024;

/** Bytes of compressed input inflated per step; deflate expands at most ~1032×, so one step adds ≤ ~1 MB. */
export const INFLATE_STEP = 1024;

/** `64 KB`, `20 MB`: sizes as the messages print them. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
