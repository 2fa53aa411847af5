/** Export a workspace as kubectl-ready YAML in one networking.istio.io version. */
import { compareDiagnostics, type Diagnostic } from '../core/diagnostic';
import type { ApiVersion } from '../core/resource';
import { parseEditable, retarget } from '../istio/versions';
import { validateText } from '../validate';
import type { ParsedWorkspace } from '../yaml/parse';
import { assembleDocuments } from './assemble';
import { setNamespaceForAll } from './namespace';
import { scopeFilter, type ExportScope } from './scope';

export type { ExportScope } from './scope';
export { defaultExportVersion } from './default-version';
export { namespaceProblem, setNamespaceForAll } from './namespace';
export { documentChoices, scopeFilter, workspaceNamespaces, type DocumentChoice } from './scope';
export { toKubernetesList } from './list';
export { splitResources, zipFiles, type ExportFile } from './zip';

export interface ExportOptions {
  apiVersion: ApiVersion;
  scope?: ExportScope;
  /** Write this metadata.namespace into every exported object (the source text is not changed). */
  namespace?: string;
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
  // NOTE: the scope is read from the source text, before any namespace is set for all.
  const keep = scopeFilter(workspace, options.scope ?? 'all');
  try {
    const extra: Diagnostic[] = [];
    let source = text;
    if (options.namespace !== undefined) {
      const ns = setNamespaceForAll(text, options.namespace);
      if (ns.ok) {
        source = ns.text;
        extra.push(...ns.diagnostics);
      } else extra.push({ severity: 'error', code: 'EXP003', message: `namespace "${options.namespace}": ${ns.message}`, path: '', range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, document: 0, source: 'yaml' });
    }
    const stream = parseEditable(source);
    const conversion = retarget(stream, options.apiVersion);
    const diagnostics = [...validation, ...conversion.diagnostics, ...extra].filter((d) => keep(d.document) || d.code === 'EXP003').sort(compareDiagnostics);
    return { text: assembleDocuments(stream, keep), diagnostics, workspace };
  } catch (e) {
    // NOTE: parsing already succeeded once in validateText; this is only reached on an internal failure.
    const message = `export failed: ${e instanceof Error ? e.message : String(e)}`;
    const range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return { text: '', diagnostics: [...validation, { severity: 'error', code: 'EXP001', message, path: '', range, document: 0, source: 'yaml' }], workspace };
  }
}
