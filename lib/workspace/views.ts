/** Pure derivations the studio panels render: resources grouped by kind with badges, filtered problems. */
import type { Diagnostic, ResourceRef, Severity } from '../core/diagnostic';
import { ISTIO_KINDS, type IstioKind, type IstioResource } from '../core/resource';

export interface ResourceRow {
  document: number;
  /** `namespace/name`, or just `name` when the resource has no namespace. */
  label: string;
  /** Distinguishes items of one `kind: List` document. */
  key: string;
  basePath: IstioResource['basePath'];
  errors: number;
  warnings: number;
}

export interface ResourceGroup {
  kind: IstioKind;
  rows: ResourceRow[];
}

/** `namespace/name` (or `name`, or `(unnamed)`). */
export function resourceLabel(r: { namespace?: string; name: string }): string {
  const name = r.name === '' ? '(unnamed)' : r.name;
  return r.namespace ? `${r.namespace}/${name}` : name;
}

/** `Kind ns/name` for a diagnostic's resource; empty when it has none. */
export function describeRef(ref: ResourceRef | undefined): string {
  return ref ? `${ref.kind} ${resourceLabel(ref)}` : '';
}

/** Resources grouped by kind (in the model's kind order), each with its error and warning counts. */
export function groupResources(resources: readonly IstioResource[], diagnostics: readonly Diagnostic[]): ResourceGroup[] {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const d of diagnostics) {
    const key = d.resource ? `${d.document}|${d.resource.kind}|${d.resource.namespace ?? ''}|${d.resource.name}` : `${d.document}`;
    const c = counts.get(key) ?? { errors: 0, warnings: 0 };
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    counts.set(key, c);
  }
  // A document-level diagnostic (e.g. a YAML error) counts for every resource of that document.
  const docOnly = (doc: number) => counts.get(`${doc}`) ?? { errors: 0, warnings: 0 };
  return ISTIO_KINDS.map((kind) => ({
    kind,
    rows: resources
      .filter((r) => r.kind === kind)
      .map((r) => {
        const own = counts.get(`${r.document}|${r.kind}|${r.namespace ?? ''}|${r.name}`) ?? { errors: 0, warnings: 0 };
        const doc = docOnly(r.document);
        return {
          document: r.document,
          label: resourceLabel(r),
          key: `${r.document}:${r.basePath.join('.')}`,
          basePath: r.basePath,
          errors: own.errors + doc.errors,
          warnings: own.warnings + doc.warnings,
        };
      }),
  })).filter((g) => g.rows.length > 0);
}

export type SeverityFilter = Record<Severity, boolean>;

/** Diagnostics whose severity is switched on, in their given (deterministic) order. */
export function filterProblems(diagnostics: readonly Diagnostic[], filter: SeverityFilter): Diagnostic[] {
  return diagnostics.filter((d) => filter[d.severity]);
}
