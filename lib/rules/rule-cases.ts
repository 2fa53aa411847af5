/** Test support for the rule tests: a table of (invalid, valid) manifests per rule code, run through `validateText`. */
import { expect, it } from 'vitest';
import type { Diagnostic, Range } from '../core/diagnostic';
import { validateText } from '../validate';

export interface RuleCase {
  code: string;
  /** A manifest that breaks the rule. */
  invalid: string;
  /** Istio's exact message for it. */
  message: string;
  /** The text the diagnostic's range covers. */
  at: string;
  /** A near-miss manifest the rule accepts. */
  valid: string;
}

/** The text a 1-based, end-exclusive range covers. */
export function textAt(text: string, r: Range): string {
  const lines = text.split('\n');
  if (r.line === r.endLine) return lines[r.line - 1]!.slice(r.column - 1, r.endColumn - 1);
  const out = [lines[r.line - 1]!.slice(r.column - 1)];
  for (let l = r.line + 1; l < r.endLine; l++) out.push(lines[l - 1]!);
  out.push(lines[r.endLine - 1]!.slice(0, r.endColumn - 1));
  return out.join('\n');
}

/** Strip the common indentation of a template literal, so manifests can be written inline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

/** A manifest of `kind` named foo in namespace bar, with `spec` (YAML, indented by two spaces inside). */
export function manifest(kind: string, spec: string, metadata = ''): string {
  const body = spec.trimEnd().split('\n').map((l) => `  ${l}`).join('\n');
  const meta = metadata ? `\n${metadata.trimEnd().split('\n').map((l) => `  ${l}`).join('\n')}` : '';
  return `apiVersion: networking.istio.io/v1\nkind: ${kind}\nmetadata:\n  name: foo\n  namespace: bar${meta}\nspec:\n${body}\n`;
}

const ruleFindings = (text: string): Diagnostic[] => validateText(text).diagnostics.filter((d) => d.source === 'rule');

/** One test per case: the invalid manifest yields the code with Istio's message at the right node; the valid one does not. */
export function itChecksRules(cases: readonly RuleCase[]): void {
  it.each(cases.map((c) => [c.code, c] as const))('%s', (_code, c) => {
    const found = ruleFindings(c.invalid).filter((d) => d.code === c.code);
    expect(found.map((d) => d.message)).toContain(c.message);
    const d = found.find((x) => x.message === c.message)!;
    expect(textAt(c.invalid, d.range)).toBe(c.at);
    expect(d.docsUrl).toMatch(/^https:\/\/istio\.io\//);
    const onValid = validateText(c.valid).diagnostics;
    expect(onValid.filter((x) => x.code === c.code)).toEqual([]);
    expect(onValid.filter((x) => x.severity === 'error').map((x) => `${x.code} ${x.message}`)).toEqual([]);
  });
}
