import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IstioResource } from '../core/resource';
import { CATALOG, ruleSpec, type RuleCode } from './catalog';
import { reporter, rule } from './common';
import type { Finding } from '../core/finding';

const codes = Object.keys(CATALOG) as RuleCode[];
const resource: IstioResource = {
  kind: 'ServiceEntry',
  apiVersion: 'networking.istio.io/v1',
  document: 0,
  name: 'foo',
  effectiveNamespace: 'default',
  metadata: {},
  spec: {},
  range: { line: 1, column: 1, endLine: 1, endColumn: 2 },
  basePath: [],
};

describe('rule catalog', () => {
  it('has stable, well-formed codes with an Istio reference', () => {
    for (const code of codes) {
      expect(code).toMatch(/^(COMMON|SE|WE|GW|DR|VS)\d{3}$/);
      expect(CATALOG[code].docsUrl).toMatch(/^https:\/\/istio\.io\/latest\/docs\/reference\/config\/networking\//);
      expect(CATALOG[code].title.length).toBeGreaterThan(10);
    }
  });

  it('maps errors to IST0106 and warnings to IST0133 unless a code says otherwise', () => {
    expect(ruleSpec('SE010').istioCode).toBe('IST0106');
    expect(ruleSpec('SE013').istioCode).toBe('IST0133');
  });

  it('documents every code in docs/diagnostics.md (regenerate with `npx tsx scripts/rules-doc.ts`)', () => {
    const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
    expect(codes.filter((c) => !doc.includes(`| ${c} |`))).toEqual([]);
  });
});

describe('rule() and reporter()', () => {
  it('build findings with the code’s severity, docs link and istioctl code', () => {
    expect(rule('GW004')(resource, ['spec', 'servers', 0], 'msg')).toEqual({
      severity: 'warning',
      code: 'GW004',
      message: 'msg',
      resource,
      path: ['spec', 'servers', 0],
      istioCode: 'IST0133',
      docsUrl: CATALOG.GW004.docsUrl,
    });
    const out: Finding[] = [];
    reporter(resource, (f) => out.push(f))('SE010', ['spec', 'hosts'], 'service entry must have at least one host', 'key');
    expect(out).toMatchObject([{ severity: 'error', code: 'SE010', target: 'key', istioCode: 'IST0106' }]);
  });
});
