import { describe, expect, it } from 'vitest';
import { vsFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
/** The http list of a VirtualService for host a.example.com; its first item is on line 9. */
export const http = (routes: string) => vsFindings(`  hosts: [a.example.com]\n  http:\n${routes}`);
const DEST = '    route:\n    - destination:\n        host: b\n';

describe('root and delegate routes (VS012, VS013)', () => {
  it('accepts a root route that only delegates', () => {
    expect(http('  - delegate:\n      name: d\n      namespace: ns\n')).toEqual([]);
  });
  it('rejects a root route with its own route or redirect', () => {
    expect(http(`  - name: root\n    delegate:\n      name: d\n${DEST}    redirect:\n      uri: /x\n`)).toEqual([
      err('VS012', 'root HTTP route root must not specify route', 12, 'route'),
      err('VS012', 'root HTTP route root must not specify redirect', 15, 'redirect'),
    ]);
  });
  it('rejects delegation from a delegate VirtualService', () => {
    expect(vsFindings('  http:\n  - delegate:\n      name: d\n')).toEqual([
      err('VS013', 'delegate HTTP route cannot contain delegate', 8, 'delegate'),
      err('VS014', 'HTTP route, redirect or direct_response is required', 8, 'delegate:'),
    ]);
  });
});

describe('route actions (VS014, VS015)', () => {
  it('accepts exactly one action', () => {
    expect(http(DEST.replace('    route', '  - route'))).toEqual([]);
    expect(http('  - directResponse:\n      status: 503\n')).toEqual([]);
    expect(http('  - redirect:\n      authority: b.example.com\n')).toEqual([]);
  });
  it('requires an action', () => {
    expect(http('  - timeout: 5s\n')).toEqual([err('VS014', 'HTTP route, redirect or direct_response is required', 9, 'timeout: 5s')]);
  });
  it('rejects redirect next to other actions', () => {
    expect(http(`  - redirect:\n      uri: /x\n    fault:\n      abort:\n        httpStatus: 500\n    rewrite:\n      uri: /y\n    directResponse:\n      status: 200\n`)).toEqual([
      err('VS014', 'HTTP route cannot contain both fault and redirect', 11, 'fault'),
      err('VS014', 'HTTP route rule cannot contain both rewrite and redirect', 14, 'rewrite'),
      err('VS014', 'HTTP route rule cannot contain both direct_response and redirect', 16, 'directResponse'),
    ]);
  });
  it('rejects directResponse next to route', () => {
    expect(http(`  - directResponse:\n      status: 200\n${DEST}`)).toEqual([err('VS014', 'HTTP route cannot contain both route and direct_response', 11, 'route')]);
  });
  it('rejects mirror with mirrors', () => {
    expect(http(`  - mirror:\n      host: m\n    mirrors:\n    - destination:\n        host: n\n${DEST}`)).toEqual([
      err('VS015', 'HTTP route cannot contain both mirror and mirrors', 11, 'mirrors'),
    ]);
  });
});

describe('route timeout (VS033)', () => {
  it('accepts whole milliseconds', () => {
    expect(http(`  - timeout: 1.5s\n${DEST}`)).toEqual([]);
  });
  it('rejects finer durations', () => {
    expect(http(`  - timeout: 100us\n${DEST}`)).toEqual([err('VS033', 'duration must be greater than 1ms', 9, '100us')]);
  });
});
