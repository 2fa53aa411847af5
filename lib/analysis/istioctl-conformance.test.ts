/** istioctl analyze's own cases (fixtures/conformance/istioctl-analyze.json) through analyzeText: recall and no extra errors. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core/diagnostic';
import { analyzeText } from '../validate';
import floor from './istioctl-floor.json';

interface Expected {
  code: string;
  level: 'Error' | 'Warning' | 'Info';
  origin: string;
  inScope: boolean;
  message: string;
  messageAlternatives?: string[];
}

interface Case {
  id: string;
  analyzer: string;
  files: { name: string; yaml: string }[];
  expected: Expected[];
  needsClusterState: boolean;
}

const cases = JSON.parse(readFileSync(new URL('../../fixtures/conformance/istioctl-analyze.json', import.meta.url), 'utf8')) as Case[];

// The codes each istioctl analyzer can report: an unexpected error with one of them is a false positive.
const analyzerCodes: Record<string, string[]> = {
  'deprecation.FieldAnalyzer': ['IST0002'],
  'gateway.ConflictingGatewayAnalyzer': ['IST0145'],
  'gateway.CertificateAnalyzer': ['IST0138'],
  'virtualservice.ConflictingMeshGatewayHostsAnalyzer': ['IST0109'],
  'virtualservice.DestinationRuleAnalyzer': ['IST0101'],
  'virtualservice.GatewayAnalyzer': ['IST0101', 'IST0132', 'IST0165'],
  'destinationrule.CaCertificateAnalyzer': ['IST0128', 'IST0129'],
  'schema.ValidationAnalyzer': ['IST0130', 'IST0131'],
  'serviceentry.ProtocolAddressesAnalyzer': ['IST0134'],
  'serviceentry.ConflictingServiceEntryProtocolAnalyzer': ['IST0177'],
  'conditions.ConditionAnalyzer': ['IST0171'],
};

/** `Kind namespace/name` or `Kind name` → parts. */
function parseOrigin(origin: string): { kind: string; namespace: string; name: string } {
  const [kind, ref] = origin.split(' ') as [string, string];
  const slash = ref.indexOf('/');
  return slash < 0 ? { kind, namespace: '', name: ref } : { kind, namespace: ref.slice(0, slash), name: ref.slice(slash + 1) };
}

function sameFinding(d: Diagnostic, e: Expected): boolean {
  const o = parseOrigin(e.origin);
  return (d.istioCode === e.code || d.code === e.code) &&
    d.resource?.kind === o.kind && d.resource.name === o.name && (d.resource.namespace ?? '') === o.namespace;
}

const sameSeverity = (d: Diagnostic, e: Expected) => d.severity === e.level.toLowerCase();

function run() {
  let expected = 0;
  let found = 0;
  let withSeverity = 0;
  let exactText = 0;
  const missed: string[] = [];
  const extraErrors: string[] = [];
  for (const c of cases.filter((x) => !x.needsClusterState)) {
    const text = c.files.map((f) => f.yaml).join('\n---\n');
    const pool = [...analyzeText(text).diagnostics];
    for (const e of c.expected.filter((x) => x.inScope)) {
      expected++;
      // prefer a diagnostic with istioctl's severity; count one with another severity apart
      let i = pool.findIndex((d) => sameFinding(d, e) && sameSeverity(d, e));
      if (i < 0) i = pool.findIndex((d) => sameFinding(d, e));
      if (i < 0) {
        missed.push(`${c.id}: ${e.code} ${e.origin}`);
        continue;
      }
      found++;
      if (sameSeverity(pool[i]!, e)) withSeverity++;
      else missed.push(`${c.id}: ${e.code} ${e.origin} (found as ${pool[i]!.severity} ${pool[i]!.code}, istioctl: ${e.level})`);
      const texts = e.message ? [e.message] : (e.messageAlternatives ?? []);
      if (texts.some((t) => pool[i]!.message.startsWith(t.replace(/\.$/, '')))) exactText++;
      pool.splice(i, 1);
    }
    const codes = analyzerCodes[c.analyzer] ?? [];
    for (const d of pool) {
      if (d.severity === 'error' && d.istioCode && codes.includes(d.istioCode)) extraErrors.push(`${c.id}: ${d.code}/${d.istioCode} ${d.resource?.name}: ${d.message}`);
    }
  }
  return { expected, found, withSeverity, exactText, missed, extraErrors };
}

describe('istioctl analyze conformance (cases without cluster state)', () => {
  const result = run();
  it('finds at least the recorded floor of istioctl findings, with istioctl severity', () => {
    const pct = (n: number) => `${((100 * n) / result.expected).toFixed(1)}%`;
    console.log(
      `istioctl conformance: ${result.found}/${result.expected} in-scope findings (${pct(result.found)}), ` +
        `${result.withSeverity} with istioctl's severity (${pct(result.withSeverity)}), ${result.exactText} with istioctl's text as prefix`,
    );
    if (result.missed.length) console.log(`missed or other severity:\n  ${result.missed.join('\n  ')}`);
    expect(result.found).toBeGreaterThanOrEqual(floor.found);
    expect(result.withSeverity).toBeGreaterThanOrEqual(floor.withSeverity);
  });
  it('reports no error istioctl does not', () => {
    expect(result.extraErrors).toEqual([]);
  });
});
