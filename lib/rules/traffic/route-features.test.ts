import { describe, expect, it } from 'vitest';
import { vsFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
const DEST = '    route:\n    - destination:\n        host: b\n';
/** One http route whose first field is on line 9 (`  - <field>`). */
const route = (fields: string, dest = DEST) => vsFindings(`  hosts: [a.example.com]\n  http:\n${fields}${dest}`);

describe('corsPolicy (VS022)', () => {
  it('accepts origins, methods, headers and whole-second maxAge', () => {
    expect(route("  - corsPolicy:\n      allowOrigins:\n      - regex: 'https://.*\\.example\\.com'\n      allowMethods: [GET, '*']\n      allowHeaders: ['*', x-a]\n      maxAge: 24h\n")).toEqual([]);
  });
  it('rejects empty origins, unknown methods, bad header names and fractional maxAge', () => {
    expect(route("  - corsPolicy:\n      allowOrigins:\n      - exact: ''\n      allowMethods: [get]\n      exposeHeaders: ['a b']\n      maxAge: 1.5s\n")).toEqual([
      err('VS022', "'' is not a valid match type for CORS allow origins", 11, "exact: ''"),
      err('VS022', '"get" is not a supported HTTP method', 12, 'get'),
      err('VS022', 'header name a b is not a valid header name', 13, "'a b'"),
      err('VS022', 'max_age duration is accurate only to seconds precision', 14, '1.5s'),
    ]);
  });
});

describe('fault (VS023)', () => {
  it('accepts delays and aborts within range', () => {
    expect(route('  - fault:\n      delay:\n        percentage:\n          value: 0.1\n        fixedDelay: 5s\n      abort:\n        grpcStatus: UNAVAILABLE\n')).toEqual([]);
  });
  it('needs an abort or a delay', () => {
    expect(route('  - fault: {}\n')).toEqual([err('VS023', 'HTTP fault injection must have an abort and/or a delay', 9, '{}')]);
  });
  it('rejects bad percentages, statuses and unsupported error types', () => {
    expect(route('  - fault:\n      abort:\n        percentage:\n          value: 0.00001\n        httpStatus: 700\n')).toEqual([
      err('VS023', 'percentage 1e-05 is neither 0.0, nor in range [0.0001, 100.0]', 12, '0.00001'),
      err('VS023', 'HTTP status 700 is not in range 200-599', 13, '700'),
    ]);
    expect(route('  - fault:\n      abort:\n        grpcStatus: NOPE\n')[0]?.message).toBe(
      `gRPC status "NOPE" is not supported. See https://github.com/grpc/grpc/blob/master/doc/statuscodes.md for a list of supported codes, for example 'NOT_FOUND'`,
    );
    expect(route('  - fault:\n      delay:\n        exponentialDelay: 1s\n')).toEqual([err('VS023', 'exponentialDelay not supported yet', 11, 'exponentialDelay')]);
  });
});

describe('mirroring (VS024, VS025, VS039)', () => {
  it('accepts mirrors with percentages in range', () => {
    expect(route('  - mirrors:\n    - destination:\n        host: m\n      percentage:\n        value: 50\n    mirrorPercentage:\n      value: 0\n')).toEqual([]);
  });
  it('rejects percentages out of range with Go %f formatting', () => {
    expect(route('  - mirrors:\n    - destination:\n        host: m\n      percentage:\n        value: 100.5\n')).toEqual([
      err('VS024', 'mirror percentage must have a max value of 100 (it has 100.500000)', 13, '100.5'),
    ]);
  });
  it('warns about mirrorPercent and rejects it above 100', () => {
    expect(route('  - mirrorPercent: 150\n')).toEqual([
      { code: 'VS025', severity: 'warning', message: 'using deprecated setting "mirrorPercent", use "mirrorPercentage" instead', line: 9, text: 'mirrorPercent' },
      err('VS024', 'mirror_percent must have a max value of 100 (it has 150)', 9, '150'),
    ]);
  });
  it('requires a destination in mirrors', () => {
    expect(route('  - mirrors:\n    - percentage:\n        value: 5\n')).toEqual([err('VS039', 'destination is required for mirrors', 10, 'percentage:')]);
  });
});

describe('redirect (VS027)', () => {
  it('accepts a prefix rewrite under prefix matches, and a port', () => {
    expect(route('  - match:\n    - uri:\n        prefix: /old\n    redirect:\n      prefixRewrite: /new\n      port: 8443\n', '')).toEqual([]);
  });
  it('reports only the first problem, as Istio does', () => {
    expect(route('  - redirect:\n      redirectCode: 200\n      scheme: ftp\n', '')).toEqual([err('VS027', '200 is not a valid redirect code, must be 3xx', 10, '200')]);
    expect(route('  - redirect: {}\n', '')).toEqual([err('VS027', 'redirect must specify URI, authority, scheme, or port', 9, 'redirect')]);
    expect(route('  - match:\n    - uri:\n        exact: /a\n    redirect:\n      prefixRewrite: /b\n', '')).toEqual([
      err('VS027', 'redirect prefix_rewrite requires all URI matches to use prefix match type', 13, '/b'),
    ]);
  });
});

describe('directResponse (VS028, VS029)', () => {
  it('accepts a status with a small body', () => {
    expect(route('  - directResponse:\n      status: 418\n      body:\n        string: teapot\n', '')).toEqual([]);
  });
  it('rejects statuses out of range', () => {
    expect(route('  - directResponse:\n      status: 150\n', '')).toEqual([err('VS028', 'HTTP status 150 is not in range 200-599', 10, '150')]);
  });
  it('warns above 100 KiB and rejects above 1 MiB', () => {
    const big = (n: number) => route(`  - directResponse:\n      status: 200\n      body:\n        string: ${'a'.repeat(n)}\n`, '');
    expect(big(100 * 1024 + 1)).toEqual([{ code: 'VS029', severity: 'warning', message: 'large direct_responses may impact control plane performance', line: 11, text: 'body' }]);
    expect(big(1024 * 1024 + 1)).toEqual([err('VS028', 'large direct_responses may impact control plane performance, must be less than 1MB', 11, 'body')]);
  });
});

describe('retries (VS030)', () => {
  it('accepts attempts with known retryOn policies and status codes', () => {
    expect(route('  - retries:\n      attempts: 3\n      perTryTimeout: 2s\n      retryOn: gateway-error,503,retriable-4xx\n')).toEqual([]);
  });
  it('rejects negative attempts, settings without attempts, and unknown policies', () => {
    expect(route('  - retries:\n      attempts: -1\n')).toEqual([err('VS030', 'attempts cannot be negative', 10, '-1')]);
    expect(route('  - retries:\n      retryOn: 5xx,599\n')).toEqual([
      err('VS030', 'http retry policy configured when attempts are set to 0 (disabled)', 9, 'retries'),
      err('VS030', '"599" is not a valid retryOn policy', 10, '5xx,599'),
    ]);
  });
});

describe('rewrite (VS031)', () => {
  it('accepts a regex rewrite with an authority', () => {
    expect(route("  - rewrite:\n      authority: c\n      uriRegexRewrite:\n        match: '^/v1/(.*)'\n        rewrite: '/v2/\\1'\n")).toEqual([]);
  });
  it('rejects an empty rewrite, uri with regex, and bad regex rewrites', () => {
    expect(route('  - rewrite: {}\n')).toEqual([
      err('VS031', 'rewrite must specify at least one of URI, UriRegexRewrite, or authority. Only one of URI or UriRegexRewrite may be specified', 9, '{}'),
    ]);
    expect(route("  - rewrite:\n      uriRegexRewrite:\n        match: '('\n        rewrite: x\n")).toEqual([
      err('VS031', 'UriRegexRewrite has errors\n"HTTPRewrite.UriRegexRewrite.Match": error parsing regexp: missing closing ): `(`; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)', 11, "'('"),
    ]);
  });
});
