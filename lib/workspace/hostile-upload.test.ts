import { describe, expect, it } from 'vitest';
import { decodeUpload } from './upload';

describe('decodeUpload', () => {
  it('takes UTF-8 text and drops the BOM', () => {
    expect(decodeUpload(new TextEncoder().encode('\ufeffkind: ServiceEntry # ✓\n'))).toEqual({ ok: true, text: 'kind: ServiceEntry # ✓\n' });
  });

  it('refuses binary data, Latin-1 and UTF-16 instead of decoding them to U+FFFD', () => {
    expect(decodeUpload(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({ ok: false, reason: 'not UTF-8 text (binary data)' });
    expect(decodeUpload(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, reason: 'not UTF-8 text (another encoding?)' });
    expect(decodeUpload(new Uint8Array([0xff, 0xfe, 0x6b, 0x00]))).toMatchObject({ ok: false });
  });
});
