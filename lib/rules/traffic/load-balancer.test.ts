import { describe, expect, it } from 'vitest';
import { isPrime } from './load-balancer';
import { drFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
/** loadBalancer body starts on line 10. */
const lb = (body: string) => drFindings(`  host: r\n  trafficPolicy:\n    loadBalancer:\n${body}`);

describe('isPrime (Envoy maglev table sizes)', () => {
  it('matches Envoy on small and default sizes', () => {
    expect([1, 2, 3, 65537].map(isPrime)).toEqual([true, true, true, true]);
    expect([0, 4, 1000, 65535].map(isPrime)).toEqual([false, false, false, false]);
  });
});

describe('consistentHash (DR015–DR017)', () => {
  it('accepts a named cookie with unique attributes, and a prime maglev table', () => {
    expect(lb('      consistentHash:\n        httpCookie:\n          name: s\n          ttl: 0s\n          attributes:\n          - name: SameSite\n          - name: Secure\n')).toEqual([]);
    expect(lb('      consistentHash:\n        useSourceIp: true\n        maglev:\n          tableSize: 65537\n')).toEqual([]);
  });
  it('requires a cookie name and distinct, non-empty attribute names', () => {
    expect(lb("      consistentHash:\n        httpCookie:\n          ttl: 10s\n          attributes:\n          - name: ''\n          - name: A\n          - name: A\n")).toEqual([
      err('DR015', 'name required for HttpCookie', 11, 'httpCookie'),
      err('DR015', 'cookie attribute name cannot be empty', 14, "''"),
      err('DR015', 'duplicate cookie attribute name: A', 16, 'A'),
    ]);
  });
  it('warns about minimumRingSize and rejects it next to maglev', () => {
    expect(lb('      consistentHash:\n        minimumRingSize: 1024\n        maglev:\n          tableSize: 1000\n')).toEqual([
      err('DR017', 'only one of MinimumRingSize or Maglev/Ringhash can be specified', 11, 'minimumRingSize'),
      { code: 'DR016', severity: 'warning', message: "consistent hash MinimumRingSize is deprecated, use ConsistentHashLB's RingHash configuration instead", line: 11, text: 'minimumRingSize' },
      err('DR017', 'tableSize must be a prime number for maglev', 13, '1000'),
    ]);
  });
  it('rejects oversized maglev tables', () => {
    expect(lb('      consistentHash:\n        maglev:\n          tableSize: 5000011\n')).toEqual([err('DR017', 'tableSize must be less than 5000011 for maglev', 12, '5000011')]);
  });
});

describe('loadBalancer locality and warmup (DR018, DR019)', () => {
  it('accepts one locality mechanism and a sane warmup', () => {
    expect(lb('      simple: LEAST_REQUEST\n      warmup:\n        duration: 60s\n        minimumPercent: 10\n        aggression: 1.5\n')).toEqual([]);
  });
  it('rejects localityLbSetting with zoneAwareLbSetting', () => {
    expect(lb('      localityLbSetting: {}\n      zoneAwareLbSetting: {}\n')).toEqual([err('DR018', 'only one of localityLbSetting and zoneAwareLbSetting can be set', 11, 'zoneAwareLbSetting')]);
  });
  it('rejects warmup without duration, over 100 percent, or with zero aggression', () => {
    expect(lb('      warmup:\n        minimumPercent: 101\n        aggression: 0\n')).toEqual([
      err('DR019', 'duration is required', 10, 'warmup'),
      err('DR019', 'minimumPercent value should be less than or equal to 100', 11, '101'),
      err('DR019', 'aggression should be greater than 0', 12, '0'),
    ]);
  });
});
