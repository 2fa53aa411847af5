/** Adler-32 (RFC 1950), the zlib trailer: fflate does not verify it when inflating, so the share decoder does. */

const MOD = 65521;
// Largest n such that 255·n(n+1)/2 + (n+1)(MOD−1) fits in 2^32 − 1 (zlib's NMAX): sums stay exact without a modulo.
const NMAX = 5552;

/** Incremental Adler-32: feed chunks with `update`, read the checksum with `value`. */
export function createAdler32() {
  let a = 1;
  let b = 0;
  return {
    update(data: Uint8Array) {
      for (let i = 0; i < data.length; ) {
        const end = Math.min(i + NMAX, data.length);
        for (; i < end; i++) {
          a += data[i]!;
          b += a;
        }
        a %= MOD;
        b %= MOD;
      }
    },
    value(): number {
      return ((b << 16) | a) >>> 0;
    },
  };
}
