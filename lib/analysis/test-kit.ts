/** Helpers for analysis tests: run analyzeText and read back analysis diagnostics with the text they highlight. */
import { analyzeText } from '../validate';

export interface Seen {
  code: string;
  severity: string;
  istioCode?: string;
  message: string;
  /** `line:column` of the range start. */
  at: string;
  /** The text the range covers (single-line ranges). */
  text: string;
  resource: string;
}

/** Analysis-pass diagnostics of `text`, with the highlighted source text. */
export function analyze(text: string): Seen[] {
  const lines = text.split('\n');
  return analyzeText(text)
    .diagnostics.filter((d) => d.source === 'analysis')
    .map((d) => {
      const line = lines[d.range.line - 1] ?? '';
      const seen: Seen = {
        code: d.code,
        severity: d.severity,
        message: d.message,
        at: `${d.range.line}:${d.range.column}`,
        text: d.range.endLine === d.range.line ? line.slice(d.range.column - 1, d.range.endColumn - 1) : line.slice(d.range.column - 1),
        resource: `${d.resource?.kind} ${d.resource?.name}`,
      };
      if (d.istioCode) seen.istioCode = d.istioCode;
      return seen;
    });
}

/** Just the codes, in output order. */
export function codes(text: string): string[] {
  return analyze(text).map((d) => d.code);
}

/** YAML documents joined as one workspace. */
export function docs(...parts: string[]): string {
  return parts.map((p) => p.replace(/^\n/, '')).join('---\n');
}

/** A ServiceEntry document. */
export function se(name: string, ns: string | undefined, body: string): string {
  return `apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n${body}`;
}

/** A document of any of the five kinds. */
export function res(kind: string, name: string, ns: string | undefined, body: string): string {
  return `apiVersion: networking.istio.io/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}spec:\n${body}`;
}
