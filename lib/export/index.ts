/** Export a workspace as kubectl-ready YAML in one networking.istio.io version. */
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic';
import type { ApiVersion } from '../core/resource';
import { parseEditable, retarget } from '../istio/versions';
import { validateText } from '../validate';
import type { ParsedWorkspace } from '../yaml/parse';
import { assembleDocuments } from './assemble';

/**
 * Which documents to export: every one (default), only those holding Istio resources,
 * or an explicit list of 0-based document indices (e.g. the selection in the studio).
 */
export type ExportScope = 'all' | 'istio' | { documents: readonly number[] };

export interface ExportOptions {
  apiVersion: ApiVersion;
  scope?: ExportScope;
}

export interface ExportResult {
  /** Multi-document YAML joined with `---`; empty documents dropped, comments kept. */
  text: string;
  /** Validation diagnostics of the exported documents plus conversion problems, positioned in the input text. */
  diagnostics: Diagnostic[];
  /** The parsed input, for callers that map diagnostics back (the CLI's multi-file export). */
  workspace: ParsedWorkspace;
}

/** Convert the Istio documents of `text` to `apiVersion`, keep the others, drop empty ones. Never throws. */
export function exportWorkspace(text: string, options: ExportOptions): ExportResult {
  const { workspace, diagnostics: validation } = validateText(text);
  const scope = options.scope ?? 'all';
  const keep =
    scope === 'all'
      ? () => true
      : scope === 'istio'
        ? (i: number) => (workspace.documents[i]?.resources.length ?? 0) > 0
        : ((set: ReadonlySet<number>) => (i: number) => set.has(i))(new Set(scope.documents));
  try {
    const stream = parseEditable(text);
    const conversion = retarget(stream, options.apiVersion);
    const diagnostics = [...validation, ...conversion.diagnostics].filter((d) => keep(d.document)).sort(compareDiagnostics);
    return { text: assembleDocuments(stream, keep), diagnostics, workspace };
  } catch (e) {
    // NOTE: parsing already succeeded once in validateText; this is only reached on an internal failure.
    const message = `export failed: ${e instanceof Error ? e.message : String(e)}`;
    const range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { text: '', diagnostics: [...validation, { severity: 'error', code: 'EXP001', message, path: '', range, document: 0, source: 'yaml' }], workspace };
  }
}
