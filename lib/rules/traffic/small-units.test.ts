import { describe, expect, it } from 'vitest';
import { goFixed, goFloat, goList } from './go-format';
import { hostsMatch, hostSubsetOf } from './host-match';
import { trafficCatalog, trafficIstioCode } from './catalog';

describe('Go formatting', () => {
  it('prints floats like fmt %v and %f', () => {
    expect([101, -10, 0.5, 0.00001, 1e6, 123456].map(goFloat)).toEqual(['101', '-10', '0.5', '1e-05', '1e+06', '123456']);
    expect(goFixed(101)).toBe('101.000000');
    expect(goList(['mesh'])).toBe('[mesh]');
    expect(goList([])).toBe('[]');
  });
});

describe('host matching', () => {
  it('overlaps like host.Name.Matches', () => {
    expect(hostsMatch('*.foo.bar', '*.bar')).toBe(true);
    expect(hostsMatch('*.bar', 'a.bar')).toBe(true);
    expect(hostsMatch('a.bar', 'b.bar')).toBe(false);
  });
  it('contains like host.Name.SubsetOf', () => {
    expect(hostSubsetOf('a.bar', '*.bar')).toBe(true);
    expect(hostSubsetOf('*.bar', 'a.bar')).toBe(false);
    expect(hostSubsetOf('*.a.bar', '*.bar')).toBe(true);
  });
});

describe('traffic catalog', () => {
  it('links every code to the Istio reference and an istioctl code', () => {
    for (const code of Object.keys(trafficCatalog) as (keyof typeof trafficCatalog)[]) {
      expect(trafficCatalog[code].docsUrl).toMatch(/^https:\/\/istio\.io\/latest\/docs\/reference\/config\/networking\/(destination-rule|virtual-service)\/#/);
      expect(trafficIstioCode(code)).toMatch(/^IST0(106|133|130|131)$/);
    }
    expect(trafficIstioCode('VS010')).toBe('IST0130');
  });
});
