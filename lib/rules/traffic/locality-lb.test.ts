import { describe, expect, it } from 'vitest';
import { drFindings } from './testing';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
const warn = (code: string, message: string, line: number, text: string) => ({ code, severity: 'warning', message, line, text });
const OUTLIER = '    outlierDetection: {}\n';
/** localityLbSetting body starts on line 11. */
const locality = (body: string, tail = OUTLIER) => drFindings(`  host: r\n  trafficPolicy:\n    loadBalancer:\n      localityLbSetting:\n${body}${tail}`);
const zoneAware = (body: string, tail = OUTLIER) => drFindings(`  host: r\n  trafficPolicy:\n    loadBalancer:\n      zoneAwareLbSetting:\n${body}${tail}`);

describe('localityLbSetting (DR020, DR021)', () => {
  it('accepts distribute weights summing to 100 over distinct localities', () => {
    expect(locality("        distribute:\n        - from: us-west/zone1/*\n          to:\n            us-west/zone1/*: 80\n            us-west/zone2/*: 20\n        - from: us-east/*\n          to:\n            us-east/*: 100\n")).toEqual([]);
  });
  it('rejects distribute with failover', () => {
    expect(locality('        distribute:\n        - from: a\n          to: {a: 100}\n        failover:\n        - from: a\n          to: b\n')).toEqual([
      err('DR020', "can not simultaneously specify 'distribute' and 'failover'", 10, 'localityLbSetting'),
    ]);
  });
  it('rejects weights out of range and totals other than 100', () => {
    expect(locality('        distribute:\n        - from: a\n          to:\n            a/b: 0\n')).toEqual([err('DR020', 'locality weight must be in range [1, 100]', 14, '0')]);
    expect(locality('        distribute:\n        - from: a\n          to:\n            a/b: 60\n')).toEqual([err('DR020', 'total locality weight 60 != 100', 13, 'to')]);
  });
  it('rejects misplaced wildcards, empty segments and overlaps', () => {
    expect(locality("        distribute:\n        - from: '*/z'\n          to: {b: 100}\n")).toEqual([err('DR020', "locality */z wildcard '*' number can not exceed 1 and must be in the end", 12, "'*/z'")]);
    expect(locality('        distribute:\n        - from: a//c\n          to: {b: 100}\n')).toEqual([err('DR020', 'locality a//c must not contain empty region/zone/subzone info', 12, 'a//c')]);
    expect(locality('        distribute:\n        - from: a\n          to: {b: 100}\n        - from: a/b\n          to: {b: 100}\n')).toEqual([
      err('DR020', 'locality a/b overlap with previous specified ones', 14, 'a/b'),
    ]);
  });
  it('rejects failover within a region, to zones, with wildcards, or next to topology priorities', () => {
    expect(locality("        failover:\n        - from: r1\n          to: r1\n        - from: r1/z\n          to: '*'\n")).toEqual([
      err('DR020', 'locality lb failover settings must specify different regions', 12, 'from: r1'),
      err('DR020', 'locality lb failover only specify region', 14, 'from: r1/z'),
      err('DR020', "locality lb failover region should not contain '*' wildcard", 14, 'from: r1/z'),
    ]);
    expect(locality('        failover:\n        - from: r1\n          to: r2\n        failoverPriority:\n        - topology.kubernetes.io/zone\n')).toEqual([
      err('DR020', "can not simultaneously set 'failover' and topology label 'topology.kubernetes.io/zone' in 'failover_priority'", 15, 'topology.kubernetes.io/zone'),
    ]);
  });
  it('warns when failover has no outlier detection', () => {
    expect(locality('        failover:\n        - from: r1\n          to: r2\n', '')).toEqual([warn('DR021', 'outlier detection policy must be provided for failover', 10, 'localityLbSetting')]);
  });
});

describe('zoneAwareLbSetting (DR021, DR022)', () => {
  it('accepts region failover and non-topology priorities', () => {
    expect(zoneAware('        failover:\n        - from: r1\n          to: r2\n        failoverPriority:\n        - version\n')).toEqual([]);
  });
  it('rejects topology labels and zone-level or wildcard failover', () => {
    expect(zoneAware("        failoverPriority:\n        - topology.istio.io/subzone\n        failover:\n        - from: r1/z1\n          to: '*'\n")).toEqual([
      err('DR022', "'failover_priority' for zone aware lb must not use topology label 'topology.istio.io/subzone'; region- and zone-level routing are handled automatically", 12, 'topology.istio.io/subzone'),
      err('DR022', 'zone aware lb failover only specifies region; zone and subzone failover are handled automatically', 14, 'from: r1/z1'),
      err('DR022', "zone aware lb failover region should not contain '*' wildcard", 14, 'from: r1/z1'),
    ]);
  });
  it('warns when failover has no outlier detection', () => {
    expect(zoneAware('        failoverPriority:\n        - version\n', '')).toEqual([warn('DR021', 'outlier detection policy must be provided for failover', 10, 'zoneAwareLbSetting')]);
  });
});
