/** One export as the studio offers it: a version, a scope, a namespace for all, and an output format. */
import type { Diagnostic } from '../core/diagnostic';
import { exportWorkspace, type ExportOptions } from './index';
import { toKubernetesList } from './list';
import { splitResources, type ExportFile } from './zip';

/** kubectl-ready multi-document YAML, one Kubernetes `List`, or a zip of one file per resource. */
export type ExportFormat = 'yaml' | 'list' | 'zip';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['yaml', 'list', 'zip'];

export interface BuildOptions extends ExportOptions {
  format: ExportFormat;
}

export interface BuiltExport {
  /** What to preview and copy: the YAML, the List, or the zip's files joined as documents headed by their path. */
  text: string;
  /** The zip's entries (format `zip`), else empty. */
  files: ExportFile[];
  /** `entryway-<version>.yaml` or `.zip`. */
  fileName: string;
  /** Export diagnostics of the documents in scope (validation, conversion, namespace, List building). */
  diagnostics: Diagnostic[];
}

const origin = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Build an export of `text` for download or copy. Never throws. */
export function buildExport(text: string, options: BuildOptions): BuiltExport {
  const { format, ...rest } = options;
  const out = exportWorkspace(text, rest);
  const fileName = `entryway-${options.apiVersion}.${format === 'zip' ? 'zip' : 'yaml'}`;
  if (format === 'yaml') return { text: out.text, files: [], fileName, diagnostics: out.diagnostics };
  if (format === 'list') {
    const list = toKubernetesList(out.text);
    if (list.ok) return { text: list.text, files: [], fileName, diagnostics: out.diagnostics };
    const problem: Diagnostic = { severity: 'error', code: 'EXP004', message: `no List can be built: ${list.message}`, path: '', range: origin, document: 0, source: 'yaml' };
    return { text: '', files: [], fileName, diagnostics: [...out.diagnostics, problem] };
  }
  const files = splitResources(out.text);
  const joined = files.map((f) => `# ${f.path}\n${f.text}`).join('---\n');
  return { text: joined, files, fileName, diagnostics: out.diagnostics };
}
