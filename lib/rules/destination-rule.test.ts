import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDestinationRule } from './destination-rule';
import { drFindings, findings } from './traffic/testing';
import type { Finding } from '../core/finding';
import type { IstioResource } from '../core/resource';

const err = (code: string, message: string, line: number, text: string) => ({ code, severity: 'error', message, line, text });
const warn = (code: string, message: string, line: number, text: string) => ({ code, severity: 'warning', message, line, text });

describe('DestinationRule host (DR001)', () => {
  it('accepts short names, FQDNs and wildcards', () => {
    for (const host of ['reviews', 'reviews.prod.svc.cluster.local', "'*.bar.com'", "'*'"]) expect(drFindings(`  host: ${host}\n`)).toEqual([]);
  });
  it('rejects IPs and inner wildcards with Istio messages at the host value', () => {
    expect(drFindings('  host: 10.0.0.1\n')).toEqual([err('DR001', 'domain name "0.0.1" invalid (top level domain "1" cannot be all-numeric)', 7, '10.0.0.1')]);
    expect(drFindings("  host: ''\n")).toEqual([err('DR001', 'empty domain name not allowed', 7, "''")]);
    expect(drFindings('  host: foo.*.com\n')).toEqual([err('DR001', 'domain name "*.com" invalid (label "*" invalid)', 7, 'foo.*.com')]);
  });
});

describe('DestinationRule subsets (DR002–DR004)', () => {
  it('accepts distinct DNS-label names with valid labels', () => {
    expect(drFindings('  host: r\n  subsets:\n  - name: v1\n    labels:\n      app.kubernetes.io/version: v1\n  - name: v2\n')).toEqual([]);
  });
  it('rejects empty and non-label names', () => {
    expect(drFindings("  host: r\n  subsets:\n  - name: ''\n  - name: v_1\n")).toEqual([
      err('DR002', 'subset name cannot be empty', 9, "''"),
      err('DR002', 'subset name is invalid: v_1', 10, 'v_1'),
    ]);
  });
  it('rejects a repeated name at the second occurrence', () => {
    expect(drFindings('  host: r\n  subsets:\n  - name: v1\n  - name: v1\n')).toEqual([err('DR003', 'duplicate subset names: v1', 10, 'v1')]);
  });
  it('points at the bad label key or value', () => {
    expect(drFindings('  host: r\n  subsets:\n  - name: v1\n    labels:\n      -bad: ok\n      good: -bad\n')).toEqual([
      err('DR004', 'invalid tag key: "-bad"', 11, '-bad'),
      err('DR004', 'invalid tag value: "-bad"', 12, '-bad'),
    ]);
  });
});

describe('DestinationRule workloadSelector (DR026, DR027)', () => {
  it('accepts concrete labels', () => {
    expect(drFindings('  host: r\n  workloadSelector:\n    matchLabels:\n      app: reviews\n')).toEqual([]);
  });
  it('rejects wildcards in keys and values', () => {
    expect(drFindings("  host: r\n  workloadSelector:\n    matchLabels:\n      app: 'rev*'\n")).toEqual([
      err('DR026', 'wildcard is not supported in selector: "app=rev*"', 10, "'rev*'"),
    ]);
    expect(drFindings("  host: r\n  workloadSelector:\n    matchLabels:\n      '*': x\n")).toEqual([err('DR026', 'wildcard is not supported in selector: "*=x"', 10, "'*'")]);
  });
  it('warns about a selector without labels', () => {
    expect(drFindings('  host: r\n  workloadSelector: {}\n')).toEqual([warn('DR027', 'workload selector specified without labels', 8, 'workloadSelector')]);
  });
});

describe('DestinationRule exportTo (DR028)', () => {
  it('accepts . and other namespaces', () => {
    expect(drFindings("  host: r\n  exportTo: ['.', ns1]\n")).toEqual([]);
  });
  it('rejects ~, duplicates of the own namespace, and * with others', () => {
    expect(drFindings("  host: r\n  exportTo:\n  - '~'\n")).toEqual([err('DR028', 'exportTo ~ (none) is not allowed for Istio configuration objects', 9, "'~'")]);
    expect(drFindings("  host: r\n  exportTo:\n  - ns\n  - .\n")).toEqual([err('DR028', 'duplicate entries in exportTo: . and current namespace ns', 10, '.')]);
    expect(drFindings("  host: r\n  exportTo:\n  - '*'\n  - ns1\n")).toEqual([
      err('DR028', 'cannot have both public (*) and non-public exportTo values for a resource', 8, 'exportTo'),
    ]);
  });
  it('limits selector-based rules to their own namespace', () => {
    const sel = '  workloadSelector:\n    matchLabels:\n      app: a\n';
    expect(drFindings(`  host: r\n${sel}  exportTo: ['.']\n`)).toEqual([]);
    expect(drFindings(`  host: r\n${sel}  exportTo: [other]\n`)).toEqual([
      err('DR028', 'destination rule with workload selector cannot have exportTo beyond current namespace', 11, 'exportTo'),
    ]);
  });
});

describe('checkDestinationRule on malformed input', () => {
  it('never throws and skips values of the wrong type', () => {
    const specs = ['  host: 5\n  subsets: 3\n', '  trafficPolicy: [1]\n  subsets: [null, 1, {name: [x]}]\n', '  trafficPolicy:\n    loadBalancer: {localityLbSetting: {distribute: [1, {to: 5}]}}\n'];
    for (const s of specs) expect(() => drFindings(s)).not.toThrow();
    const resource = { kind: 'DestinationRule', spec: 'x' } as unknown as IstioResource;
    const out: Finding[] = [];
    checkDestinationRule(resource, (f) => out.push(f));
    expect(out).toEqual([]);
  });
});

describe('DestinationRules Istio accepts', () => {
  const root = join(__dirname, '../../fixtures');
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.yaml') ? [join(d, f)] : []));
  it('raise no error in the examples and real-world configs', () => {
    const files = [...walk(join(root, 'examples')), ...walk(join(root, 'realworld'))];
    const errors = files.flatMap((f) => findings(readFileSync(f, 'utf8')).filter((d) => d.code.startsWith('DR') && d.severity === 'error'));
    expect(files.length).toBeGreaterThan(200);
    expect(errors).toEqual([]);
  });
});
