import { describe, expect, it } from 'vitest';
import { vsFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
/** One http route whose match list body starts on line 10 (`    - ...`). */
const match = (items: string) => vsFindings(`  hosts: [a.example.com]\n  http:\n  - match:\n${items}    route:\n    - destination:\n        host: b\n`);

describe('match header names (VS016)', () => {
  it('accepts tokens, pseudo headers and JWT claims (on gateways)', () => {
    expect(match("    - headers:\n        x-user:\n          exact: a\n        ':authority':\n          prefix: b\n")).toEqual([]);
  });
  it('rejects names outside the RFC 7230 token set', () => {
    expect(match('    - headers:\n        bad header:\n          exact: a\n')).toEqual([err('VS016', 'header name bad header is not a valid header name', 11, 'bad header')]);
  });
});

describe('string matches (VS017)', () => {
  it('accepts an empty uri prefix and RE2 regexes', () => {
    expect(match("    - uri:\n        prefix: ''\n    - uri:\n        regex: '^/a/(?P<id>[0-9]+)$'\n")).toEqual([]);
  });
  it('rejects empty prefixes and regexes elsewhere', () => {
    expect(match("    - method:\n        prefix: ''\n      queryParams:\n        q:\n          regex: ''\n")).toEqual([
      err('VS017', '"method": prefix string match should not be empty', 11, "''"),
      err('VS017', '"queryParams": regex string match should not be empty', 14, "''"),
    ]);
  });
  it('rejects regexes RE2 cannot parse, with Go\'s parser message', () => {
    expect(match("    - uri:\n        regex: '(?=a)'\n")).toEqual([
      err('VS017', '"uri": error parsing regexp: invalid or unsupported Perl syntax: `(?=`; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)', 11, "'(?=a)'"),
    ]);
  });
  it('treats `*` in withoutHeaders as presence, not a regex', () => {
    expect(match("    - withoutHeaders:\n        x-a:\n          regex: '*'\n")).toEqual([]);
    expect(match("    - headers:\n        x-a:\n          regex: '*'\n")[0]?.message).toBe(
      '"headers": error parsing regexp: missing argument to repetition operator: `*`; Istio uses RE2 style regex-based match (https://github.com/google/re2/wiki/Syntax)',
    );
  });
});

describe('match attributes (VS018)', () => {
  it('accepts a port, labels and a namespace', () => {
    expect(match('    - port: 8080\n      sourceLabels:\n        app: a\n      sourceNamespace: prod\n')).toEqual([]);
  });
  it('rejects bad ports, labels and namespaces', () => {
    expect(match('    - port: 70000\n      sourceLabels:\n        app: -a\n      sourceNamespace: Prod_1\n')).toEqual([
      err('VS018', 'port number 70000 must be in the range 1..65535', 10, '70000'),
      err('VS018', 'invalid tag value: "-a"', 12, '-a'),
      err('VS018', 'sourceNamespace match Prod_1 is invalid', 13, 'Prod_1'),
    ]);
  });
  it('checks match gateways but drops their legacy-name warning', () => {
    expect(match('    - gateways:\n      - gw.example.com\n')).toEqual([]);
    expect(match("    - gateways:\n      - 'ns/'\n")).toEqual([
      err('VS002', 'config namespace and gateway name cannot be empty', 11, "'ns/'"),
      err('VS002', 'invalid value for gateway name: ""', 11, "'ns/'"),
    ]);
  });
});
