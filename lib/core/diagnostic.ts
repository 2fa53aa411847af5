/** Diagnostics: the one shape every pass (YAML, structure, Istio rules, analysis) reports in. */

export type Severity = 'error' | 'warning' | 'info';

/** 1-based line/column; endColumn is exclusive (Monaco's convention). */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ResourceRef {
  kind: string;
  /** As written in metadata; undefined when the document has none (analysis treats it as "default"). */
  namespace?: string;
  name: string;
}

/** Which pass produced a diagnostic; passes run in this order. */
export type DiagnosticSource = 'yaml' | 'structure' | 'rule' | 'analysis';

export interface Diagnostic {
  severity: Severity;
  /** Stable code, documented in docs/diagnostics.md (e.g. YAML001, STR003, SE012, XR004). */
  code: string;
  message: string;
  /** Dotted path with indices, e.g. `spec.ports[1].name`; '' for the whole document. */
  path: string;
  range: Range;
  /** 0-based index of the document in the workspace text (counting every `---` document, empty ones included). */
  document: number;
  resource?: ResourceRef;
  source: DiagnosticSource;
  /** istioctl analyze's code when istioctl has the same check, e.g. IST0101. */
  istioCode?: string;
  /** Link to the Istio reference for the rule. */
  docsUrl?: string;
}

export type PathSegment = string | number;

/** `['spec','ports',1,'name']` → `spec.ports[1].name`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const sourceRank: Record<DiagnosticSource, number> = { yaml: 0, structure: 1, rule: 2, analysis: 3 };

/** Deterministic order: document, position, pass, severity, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.document - b.document ||
    a.range.line - b.range.line ||
    a.range.column - b.range.column ||
    sourceRank[a.source] - sourceRank[b.source] ||
    severityRank[a.severity] - severityRank[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts per severity. */
export function summarize(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const s: DiagnosticSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
