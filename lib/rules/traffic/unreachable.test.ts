import { describe, expect, it } from 'vitest';
import { vsFindings } from './testing';

const warn = (code: string, message: string, line: number, text: string) => ({ code, severity: 'warning', message, line, text });
const R = (match: string) => `  - ${match}route:\n    - destination:\n        host: b\n`;
/** http routes; the first is on line 9, each R() without match takes 3 lines. */
const http = (...routes: string[]) => vsFindings(`  hosts: [a.example.com]\n  http:\n${routes.join('')}`);

describe('unreachable rules (VS010)', () => {
  it('accepts one catch-all rule at the end', () => {
    expect(http(R('match:\n    - uri:\n        prefix: /a\n    '), R(''))).toEqual([]);
  });
  it('flags a rule after a catch-all', () => {
    expect(http(R(''), R(''))).toEqual([warn('VS010', 'virtualService rule #1 not used (only the last rule can have no matches)', 12, 'route:')]);
    expect(http(R(''), R('name: late\n    match:\n    - port: 80\n    '))).toEqual([
      warn('VS010', 'virtualService rule "late" not used (route without matches defined before)', 14, 'port: 80'),
    ]);
  });
  it('flags a rule whose matches all repeat earlier ones, ignoring match names', () => {
    expect(http(R('match:\n    - name: x\n      uri:\n        exact: /a\n    '), R('match:\n    - uri:\n        exact: /a\n    '))).toEqual([
      warn('VS011', 'virtualService rule #1 match #0 is not used (duplicate/overlapping match in rule #0)', 17, 'uri:'),
      warn('VS010', 'virtualService rule #1 not used (all matches used by prior rules)', 16, 'match:'),
    ].sort((a, b) => a.line - b.line));
  });
});

describe('shadowed prefix matches (VS011)', () => {
  it('accepts a longer prefix before a shorter one', () => {
    expect(http(R('match:\n    - uri:\n        prefix: /api/v2\n    '), R('match:\n    - uri:\n        prefix: /api\n    '))).toEqual([]);
  });
  it('flags a longer prefix after a shorter one with the same conditions', () => {
    expect(http(R('match:\n    - uri:\n        prefix: /api\n    '), R('name: v2\n    match:\n    - name: m\n      uri:\n        prefix: /api/v2\n    '))).toEqual([
      warn('VS011', 'virtualService rule "v2" match "m" of prefix /api/v2 is not used (duplicate/overlapping match in rule #0 of prefix /api on #0)', 17, 'name: m'),
    ]);
  });
  it('does not flag when the later match is narrower by header or method', () => {
    expect(http(R('match:\n    - uri:\n        prefix: /api\n    '), R('match:\n    - uri:\n        prefix: /api/v2\n      method:\n        exact: POST\n    '))).toEqual([]);
  });
});

describe('tcp and tls rules', () => {
  it('flags duplicate tcp matches', () => {
    const tcp = '  - match:\n    - port: 80\n    route:\n    - destination:\n        host: b\n';
    expect(vsFindings(`  hosts: [a.example.com]\n  tcp:\n${tcp}${tcp}`)).toEqual([
      warn('VS010', 'virtualService rule #1 not used (all matches used by prior rules)', 14, 'match:'),
      warn('VS011', 'virtualService rule #1 match #0 is not used (duplicate/overlapping match in rule #0)', 15, 'port: 80'),
    ]);
  });
});
