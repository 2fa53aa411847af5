/** Output formats of `validate` / `analyze`: one line per diagnostic plus a summary, or JSON. */
import type { DiagnosticSummary } from '../core/diagnostic';
import type { FileDiagnostic } from './combine';

export type Summary = DiagnosticSummary & { resources: number };

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** `N errors, N warnings, N infos in N resources`, singular where N is 1. */
export function formatSummary(s: Summary): string {
  return `${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}, ${count(s.infos, 'info')} in ${count(s.resources, 'resource')}`;
}

/** `FILE:LINE:COL: SEVERITY CODE message (Kind namespace/name)`; the parenthesis only when a resource is known. */
export function formatLine({ file, diagnostic: d }: FileDiagnostic): string {
  const r = d.resource;
  const who = r ? ` (${r.kind} ${r.namespace !== undefined ? `${r.namespace}/` : ''}${r.name})` : '';
  // NOTE: messages are one line by contract; a stray newline would break line-oriented tools (grep, problem matchers).
  return `${file}:${d.range.line}:${d.range.column}: ${d.severity} ${d.code} ${d.message.replace(/\s*\n\s*/g, ' ')}${who}`;
}

/** Text report: one line per diagnostic, then the summary line. */
export function formatText(diagnostics: readonly FileDiagnostic[], summary: Summary): string {
  return [...diagnostics.map(formatLine), formatSummary(summary)].join('\n') + '\n';
}

/** The JSON report: stable keys, `null` where a diagnostic has no resource. */
export function formatJson(diagnostics: readonly FileDiagnostic[], summary: Summary): string {
  const rows = diagnostics.map(({ file, diagnostic: d }) => ({
    file,
    document: d.document,
    line: d.range.line,
    column: d.range.column,
    endLine: d.range.endLine,
    endColumn: d.range.endColumn,
    severity: d.severity,
    code: d.code,
    message: d.message,
    path: d.path,
    kind: d.resource?.kind ?? null,
    name: d.resource?.name ?? null,
    namespace: d.resource?.namespace ?? null,
  }));
  const { errors, warnings, infos, resources } = summary;
  return `${JSON.stringify({ diagnostics: rows, summary: { errors, warnings, infos, resources } }, null, 2)}\n`;
}
