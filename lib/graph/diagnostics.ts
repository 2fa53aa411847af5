/** Attach workspace diagnostics to the graph elements of the resources (and parts of them) they concern. */
import type { Diagnostic } from '../core/diagnostic';
import type { GraphDiagnostics } from './types';

/** A resource part an element stands for: its resource key, and which diagnostic paths belong to it. */
export interface Scope {
  key: string;
  includes: (path: string) => boolean;
}

/** Key of a resource as diagnostics name it. */
export function resourceKey(document: number, kind: string, namespace: string | undefined, name: string): string {
  return `${document}/${kind}/${namespace ?? ''}/${name}`;
}

/** Whether `path` is `prefix` or below it (`spec.http[1]` does not cover `spec.http[10]`). */
export function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** Scope over the whole resource. */
export function wholeScope(key: string): Scope {
  return { key, includes: () => true };
}

/** Scope over one part (`spec.http[0]`), plus the resource-level paths that no sibling part owns. */
export function partScope(key: string, part: string, siblings: RegExp): Scope {
  return { key, includes: (p) => under(p, part) || !siblings.test(p) };
}

export function emptyDiagnostics(): GraphDiagnostics {
  return { errors: 0, warnings: 0, codes: [] };
}

/** Index diagnostics by resource key; those with no resource (YAML syntax) concern no element. */
export function indexDiagnostics(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byKey = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.resource) continue;
    const key = resourceKey(d.document, d.resource.kind, d.resource.namespace, d.resource.name);
    const list = byKey.get(key);
    if (list) list.push(d);
    else byKey.set(key, [d]);
  }
  return byKey;
}

/** Count the diagnostics in `scopes` (each counted once), plus any synthetic warnings of the element. */
export function summarizeScopes(index: Map<string, Diagnostic[]>, scopes: readonly Scope[], extraWarnings: readonly string[] = []): GraphDiagnostics {
  const seen = new Set<Diagnostic>();
  const codes = new Set<string>(extraWarnings);
  let errors = 0;
  let warnings = extraWarnings.length;
  for (const s of scopes) {
    for (const d of index.get(s.key) ?? []) {
      if (seen.has(d) || !s.includes(d.path)) continue;
      seen.add(d);
      codes.add(d.code);
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings, codes: [...codes].sort() };
}
