/** Which errors stop an export: the store's (validation and analysis) in scope, plus the export's own. */
import { compareDiagnostics, type Diagnostic } from '@/lib/core/diagnostic';

/**
 * Errors of the documents in scope from the workspace analysis, plus errors only the export finds (conversion,
 * namespace, List building; codes EXP/VER). Validation errors the export recomputes are not listed twice.
 */
export function blockingErrors(store: readonly Diagnostic[] | null, exported: readonly Diagnostic[], keep: (document: number) => boolean): Diagnostic[] {
  const own = exported.filter((d) => d.severity === 'error' && /^(EXP|VER)/.test(d.code));
  // Before the first analysis arrives (null), fall back to the export's own validation of the same text.
  const base = (store ?? exported).filter((d) => d.severity === 'error' && (store ? keep(d.document) : !/^(EXP|VER)/.test(d.code)));
  return [...base, ...own].sort(compareDiagnostics);
}
