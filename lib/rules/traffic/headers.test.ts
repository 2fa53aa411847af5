import { describe, expect, it } from 'vitest';
import { headerValueSyntaxError } from './header-value';
import { vsFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
/** Route-level `headers` body starts on line 10. */
const headers = (body: string, rewrite = '') => vsFindings(`  hosts: [a.example.com]\n  http:\n  - headers:\n${body}${rewrite}    route:\n    - destination:\n        host: b\n`);

describe('Envoy header value syntax', () => {
  it('accepts literals, escapes and variables', () => {
    for (const v of ['foo', '100%%', '%HOSTNAME%', 'prefix %HOSTNAME% suffix', '%DOWNSTREAM_PEER_CERT_V_END(%b %d %H:%M:%S %Y %Z)%', '%REQ(["x-a", "x-b"])%']) {
      expect(headerValueSyntaxError(v)).toBeUndefined();
    }
  });
  it('rejects what Envoy would reject', () => {
    expect(headerValueSyntaxError('abc%')).toBe('invalid header configuration. Un-escaped %');
    expect(headerValueSyntaxError('%START_TIME%%')).toBe('invalid header configuration. Un-escaped %');
    expect(headerValueSyntaxError('abc%123')).toBe("invalid header configuration. Un-terminated variable expression 'abc%123'");
    expect(headerValueSyntaxError('%REQ([x])%')).toBe(`invalid header configuration. Expecting '"'`);
  });
});

describe('header operations (VS019, VS020)', () => {
  it('accepts ordinary names and an authority set', () => {
    expect(headers("      request:\n        set:\n          ':authority': b\n          x-a: '%HOSTNAME%'\n        remove: [x-b]\n      response:\n        add:\n          x-c: '1'\n")).toEqual([]);
  });
  it('rejects pseudo headers and Host where Envoy cannot set them', () => {
    expect(headers("      request:\n        add:\n          ':path': /x\n        remove: [Host]\n      response:\n        set:\n          host: h\n")).toEqual([
      err('VS019', 'invalid header ":path": header cannot have ":" prefix', 12, "':path'"),
      err('VS019', 'invalid header "Host": cannot set Host header', 13, 'Host'),
      err('VS019', 'invalid header "host": cannot set Host header', 16, 'host'),
    ]);
  });
  it('rejects empty names and malformed values', () => {
    expect(headers("      response:\n        add:\n          '': v\n          x-a: 'abcd%x'\n")).toEqual([
      err('VS019', 'header name cannot be empty', 12, "''"),
      err('VS020', "header value configuration: invalid header configuration. Un-terminated variable expression 'abcd%x'", 13, "'abcd%x'"),
    ]);
  });
  it('checks per-destination header operations too', () => {
    const text = vsFindings("  hosts: [a.example.com]\n  http:\n  - route:\n    - destination:\n        host: b\n      headers:\n        request:\n          remove: ['']\n");
    expect(text).toEqual([err('VS019', 'header name cannot be empty', 14, "''")]);
  });
});

describe('authority rewrite (VS021)', () => {
  it('accepts a single authority source', () => {
    expect(headers('      request:\n        set:\n          x-a: b\n', '    rewrite:\n      authority: c\n')).toEqual([]);
  });
  it('rejects setting the authority twice', () => {
    expect(headers('      request:\n        add:\n          Host: h\n', '    rewrite:\n      authority: c\n')).toEqual([
      err('VS021', 'authority header cannot be set multiple times: have "c", attempting to set "h"', 12, 'Host'),
    ]);
  });
});
