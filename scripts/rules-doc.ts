/**
 * Regenerates the `## Istio rules` section of docs/diagnostics.md from the rule catalog (lib/rules/catalog.ts),
 * leaving the other sections as they are. Run: `npx tsx scripts/rules-doc.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOG, ruleSpec, type RuleCode } from '@/lib/rules/catalog';

const HEADING = '## Istio rules';
const file = new URL('../docs/diagnostics.md', import.meta.url);

const groups: [string, string][] = [
  ['COMMON', 'Metadata (every kind)'],
  ['SE', 'ServiceEntry (incl. `spec.endpoints`)'],
  ['WE', 'WorkloadEntry'],
  ['GW', 'Gateway'],
  ['DR', 'DestinationRule'],
  ['VS', 'VirtualService'],
];

const codes = Object.keys(CATALOG) as RuleCode[];
const section = [
  HEADING,
  '',
  "The rules pass (`lib/rules/`) applies Istio's validating webhook (`istio/istio` `pkg/config/validation`) to each",
  'resource, with the messages Istio returns, verbatim (typos included), so they can be searched for. Where the',
  "CRD's CEL rules (`x-kubernetes-validations`) reject something the webhook accepts, the CEL message is reported",
  '(origin `cel`); where both reject the same thing, only the webhook message is. Severity follows Istio: an error',
  'where the object is rejected, a warning where it is admitted with a warning. Each diagnostic links to the Istio',
  "reference page and carries istioctl analyze's code for the same check: IST0106 (schema validation error) or",
  'IST0133 (schema validation warning), unless noted. Findings point at the offending node (the key when the key is',
  "the culprit). Values of the wrong type are left to the structure pass. The rule spec is",
  '`fixtures/reference/istio-validation-rules.md`; agreement with Istio is in [conformance.md](conformance.md).',
  '',
  'Generated from `lib/rules/catalog.ts` by `npx tsx scripts/rules-doc.ts`.',
  '',
];
for (const [prefix, title] of groups) {
  const mine = codes.filter((c) => c.startsWith(prefix) && /\d/.test(c[prefix.length] ?? ''));
  if (mine.length === 0) continue;
  section.push(`### ${title}`, '', '| code | severity | origin | rule | istioctl | reference |', '| --- | --- | --- | --- | --- | --- |');
  for (const code of mine) {
    const s = ruleSpec(code);
    const anchor = s.docsUrl.includes('#') ? s.docsUrl.slice(s.docsUrl.indexOf('#') + 1) : 'page';
    section.push(`| ${code} | ${s.severity} | ${s.origin} | ${s.title.replace(/\|/g, '\\|')} | ${s.istioCode} | [${anchor}](${s.docsUrl}) |`);
  }
  section.push('');
}

const text = readFileSync(file, 'utf8');
const start = text.indexOf(`\n${HEADING}\n`);
let next = -1;
if (start >= 0) next = text.indexOf('\n## ', start + HEADING.length + 2);
const before = start >= 0 ? text.slice(0, start + 1) : `${text.trimEnd()}\n\n`;
const after = next >= 0 ? text.slice(next + 1) : '';
writeFileSync(file, `${before}${section.join('\n')}${after ? `\n${after}` : ''}`);
console.log(`${codes.length} rule codes written to docs/diagnostics.md`);
